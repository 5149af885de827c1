<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Action</name>
    <message>
        <source>manage users</source>
        <translation>manage users</translation>
    </message>
    <message>
        <source>manage sites</source>
        <translation>manage sites</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>rotate the database key</translation>
    </message>
    <message>
        <source>change one&apos;s own password</source>
        <translation>change one&apos;s own password</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>view the audit trail</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>export the audit trail</translation>
    </message>
    <message>
        <source>verify the audit chain</source>
        <translation>verify the audit chain</translation>
    </message>
    <message>
        <source>view the protocol</source>
        <translation>view the protocol</translation>
    </message>
    <message>
        <source>amend the protocol</source>
        <translation>amend the protocol</translation>
    </message>
    <message>
        <source>view the concealed randomization design</source>
        <translation>view the concealed randomization design</translation>
    </message>
    <message>
        <source>edit the randomization design</source>
        <translation>edit the randomization design</translation>
    </message>
    <message>
        <source>reveal the randomization seed</source>
        <translation>reveal the randomization seed</translation>
    </message>
    <message>
        <source>export the allocation list</source>
        <translation>export the allocation list</translation>
    </message>
    <message>
        <source>simulate randomization designs</source>
        <translation>simulate randomization designs</translation>
    </message>
    <message>
        <source>record screening</source>
        <translation>record screening</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>record consent</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>register participants</translation>
    </message>
    <message>
        <source>view participants</source>
        <translation>view participants</translation>
    </message>
    <message>
        <source>view participants&apos; identity</source>
        <translation>view participants&apos; identity</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>randomize participants</translation>
    </message>
    <message>
        <source>see allocated arms</source>
        <translation>see allocated arms</translation>
    </message>
    <message>
        <source>view the randomization log</source>
        <translation>view the randomization log</translation>
    </message>
    <message>
        <source>export the randomization log</source>
        <translation>export the randomization log</translation>
    </message>
    <message>
        <source>change a participant&apos;s status</source>
        <translation>change a participant&apos;s status</translation>
    </message>
    <message>
        <source>view visits</source>
        <translation>view visits</translation>
    </message>
    <message>
        <source>manage visits</source>
        <translation>manage visits</translation>
    </message>
    <message>
        <source>enter form data</source>
        <translation>enter form data</translation>
    </message>
    <message>
        <source>verify form data</source>
        <translation>verify form data</translation>
    </message>
    <message>
        <source>lock forms</source>
        <translation>lock forms</translation>
    </message>
    <message>
        <source>raise data queries</source>
        <translation>raise data queries</translation>
    </message>
    <message>
        <source>answer data queries</source>
        <translation>answer data queries</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>view reports</translation>
    </message>
    <message>
        <source>view reports by arm</source>
        <translation>view reports by arm</translation>
    </message>
    <message>
        <source>export trial data</source>
        <translation>export trial data</translation>
    </message>
    <message>
        <source>export identifying data</source>
        <translation>export identifying data</translation>
    </message>
    <message>
        <source>populate a demo trial</source>
        <translation>populate a demo trial</translation>
    </message>
    <message>
        <source>back up the trial workspace</source>
        <translation>back up the trial workspace</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The cryptographic library (libsodium) could not start. Reinstall TrialDesk or ask your IT support for help.</source>
        <translation>The cryptographic library (libsodium) could not start. Reinstall TrialDesk or ask your IT support for help.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password (%1 MiB needed). Close other programs and try again.</source>
        <translation>Not enough memory to derive the key from the password (%1 MiB needed). Close other programs and try again.</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged or is not a TrialDesk key slot: %2. Restore it from a backup, or ask the administrator to set up your key slot again.</source>
        <translation>The key slot file %1 is damaged or is not a TrialDesk key slot: %2. Restore it from a backup, or ask the administrator to set up your key slot again.</translation>
    </message>
    <message>
        <source>A key slot cannot be made from these settings (user name, key or Argon2id cost out of range).</source>
        <translation>A key slot cannot be made from these settings (user name, key or Argon2id cost out of range).</translation>
    </message>
    <message>
        <source>the file is far too large</source>
        <translation>the file is far too large</translation>
    </message>
    <message>
        <source>it is not valid JSON (truncated or edited?)</source>
        <translation>it is not valid JSON (truncated or edited?)</translation>
    </message>
    <message>
        <source>its format is not &quot;%1&quot;</source>
        <translation>its format is not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>its version is missing or not a number</source>
        <translation>its version is missing or not a number</translation>
    </message>
    <message>
        <source>The key slot file %1 has format version %2, but this program reads version %3 only. Open the workspace with the TrialDesk version that wrote it, or newer.</source>
        <translation>The key slot file %1 has format version %2, but this program reads version %3 only. Open the workspace with the TrialDesk version that wrote it, or newer.</translation>
    </message>
    <message>
        <source>its kind is neither &quot;user&quot; nor &quot;recovery&quot;</source>
        <translation>its kind is neither &quot;user&quot; nor &quot;recovery&quot;</translation>
    </message>
    <message>
        <source>its user name is missing or not valid</source>
        <translation>its user name is missing or not valid</translation>
    </message>
    <message>
        <source>its creation time is missing or not valid</source>
        <translation>its creation time is missing or not valid</translation>
    </message>
    <message>
        <source>its key identifier is missing or not valid</source>
        <translation>its key identifier is missing or not valid</translation>
    </message>
    <message>
        <source>its key derivation is not %1</source>
        <translation>its key derivation is not %1</translation>
    </message>
    <message>
        <source>its key derivation parameters are missing or not valid</source>
        <translation>its key derivation parameters are missing or not valid</translation>
    </message>
    <message>
        <source>its encryption is not %1</source>
        <translation>its encryption is not %1</translation>
    </message>
    <message>
        <source>its nonce or wrapped key is missing or not valid</source>
        <translation>its nonce or wrapped key is missing or not valid</translation>
    </message>
    <message>
        <source>its checksum is missing or not valid</source>
        <translation>its checksum is missing or not valid</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation>its checksum does not match its contents</translation>
    </message>
    <message>
        <source>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, below the minimum of %4 passes over %5 MiB: it was not written by TrialDesk and may have been forged. Restore it from a backup, or ask the administrator to set up your key slot again.</source>
        <translation>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, below the minimum of %4 passes over %5 MiB: it was not written by TrialDesk and may have been forged. Restore it from a backup, or ask the administrator to set up your key slot again.</translation>
    </message>
    <message>
        <source>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, more than this program allows (%4 passes, %5 MiB). Open the workspace with the TrialDesk version that wrote it, or restore the file from a backup.</source>
        <translation>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, more than this program allows (%4 passes, %5 MiB). Open the workspace with the TrialDesk version that wrote it, or restore the file from a backup.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Compare it with the copy written down when the trial was created and type it again.</source>
        <translation>The recovery code is wrong. Compare it with the copy written down when the trial was created and type it again.</translation>
    </message>
    <message>
        <source>The password for user %1 is wrong. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>The password for user %1 is wrong. Check Caps Lock and the keyboard layout, then try again.</translation>
    </message>
    <message>
        <source>its key identifier does not match the key</source>
        <translation>its key identifier does not match the key</translation>
    </message>
</context>
<context>
    <name>KeySlotStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>There is no key slot for user %1 in %2. Check the user name, or ask the administrator to add you.</source>
        <translation>There is no key slot for user %1 in %2. Check the user name, or ask the administrator to add you.</translation>
    </message>
    <message>
        <source>The password is too short: it must have at least %1 characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>The password is too short: it must have at least %1 characters. A few unrelated words make a long password that is easy to remember.</translation>
    </message>
    <message>
        <source>The Argon2id cost must be %1 to %2 passes over %3 to %4 MiB.</source>
        <translation>The Argon2id cost must be %1 to %2 passes over %3 to %4 MiB.</translation>
    </message>
    <message>
        <source>Could not remove the key slot file %1: %2. Check the folder&apos;s permissions and try again.</source>
        <translation>Could not remove the key slot file %1: %2. Check the folder&apos;s permissions and try again.</translation>
    </message>
    <message>
        <source>There is no recovery key slot (%1). Restore it from a backup; without it the recovery code cannot open the trial.</source>
        <translation>There is no recovery key slot (%1). Restore it from a backup; without it the recovery code cannot open the trial.</translation>
    </message>
    <message>
        <source>Could not read the key slot file %1: %2. Check the file&apos;s permissions and try again.</source>
        <translation>Could not read the key slot file %1: %2. Check the file&apos;s permissions and try again.</translation>
    </message>
    <message>
        <source>the recovery slot</source>
        <translation>the recovery slot</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>user %1</translation>
    </message>
    <message>
        <source>The key slot file %1 belongs to %2: it was renamed or copied. Restore the right file from a backup, or ask the administrator to set up the key slot again.</source>
        <translation>The key slot file %1 belongs to %2: it was renamed or copied. Restore the right file from a backup, or ask the administrator to set up the key slot again.</translation>
    </message>
    <message>
        <source>Could not create the key slot folder %1. Check that the disk is writable and try again.</source>
        <translation>Could not create the key slot folder %1. Check that the disk is writable and try again.</translation>
    </message>
    <message>
        <source>Could not write the key slot file %1: %2. Nothing was changed; check the disk space and the folder&apos;s permissions, then try again.</source>
        <translation>Could not write the key slot file %1: %2. Nothing was changed; check the disk space and the folder&apos;s permissions, then try again.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>TrialDesk runs a randomized controlled trial on clinic workstations.</source>
        <translation>TrialDesk runs a randomized controlled trial on clinic workstations.</translation>
    </message>
    <message>
        <source>Open the demo trial (created on first use, one account per role).</source>
        <translation>Open the demo trial (created on first use, one account per role).</translation>
    </message>
    <message>
        <source>Open the trial workspace in &lt;folder&gt;.</source>
        <translation>Open the trial workspace in &lt;folder&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>TrialDesk demo trial in %1</source>
        <translation>TrialDesk demo trial in %1</translation>
    </message>
    <message>
        <source>Demo trial with synthetic data. Accounts (passwords are printed in the terminal):</source>
        <translation>Demo trial with synthetic data. Accounts (passwords are printed in the terminal):</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk workspace. Check the folder, or start TrialDesk without --workspace to create a trial.</source>
        <translation>%1 is not a TrialDesk workspace. Check the folder, or start TrialDesk without --workspace to create a trial.</translation>
    </message>
    <message>
        <source>TrialDesk</source>
        <translation>TrialDesk</translation>
    </message>
</context>
<context>
    <name>ParticipantEventType</name>
    <message>
        <source>Randomized in error</source>
        <translation>Randomized in error</translation>
    </message>
    <message>
        <source>Stratum misclassification noted</source>
        <translation>Stratum misclassification noted</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Withdrawal</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Protocol deviation</source>
        <translation>Protocol deviation</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Adverse event</translation>
    </message>
</context>
<context>
    <name>ParticipantStatus</name>
    <message>
        <source>Registered, not randomized</source>
        <translation>Registered, not randomized</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Randomized in error</source>
        <translation>Randomized in error</translation>
    </message>
    <message>
        <source>Withdrawn from the intervention</source>
        <translation>Withdrawn from the intervention</translation>
    </message>
    <message>
        <source>Withdrawn from follow-up</source>
        <translation>Withdrawn from follow-up</translation>
    </message>
    <message>
        <source>Withdrawn from data use</source>
        <translation>Withdrawn from data use</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Lost to follow-up</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Character %1 of the recovery code is not one of its letters or digits. Check the code as written down and type it again.</source>
        <translation>Character %1 of the recovery code is not one of its letters or digits. Check the code as written down and type it again.</translation>
    </message>
    <message>
        <source>The recovery code typed is too long: a recovery code has %1 letters and digits in groups of %2. Check the code as written down and type it again.</source>
        <translation>The recovery code typed is too long: a recovery code has %1 letters and digits in groups of %2. Check the code as written down and type it again.</translation>
    </message>
    <message>
        <source>The recovery code typed has %1 letters and digits, but a recovery code has %2 in groups of %3. Check the code as written down and type it again.</source>
        <translation>The recovery code typed has %1 letters and digits, but a recovery code has %2 in groups of %3. Check the code as written down and type it again.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Trial coordinator</source>
        <translation>Trial coordinator</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigator</translation>
    </message>
    <message>
        <source>Outcome assessor (blinded)</source>
        <translation>Outcome assessor (blinded)</translation>
    </message>
    <message>
        <source>Statistician (unblinded)</source>
        <translation>Statistician (unblinded)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Not eligible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Declined</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>SecretKey</name>
    <message>
        <source>A key must be exactly %1 bytes long, not %2 bytes.</source>
        <translation>A key must be exactly %1 bytes long, not %2 bytes.</translation>
    </message>
    <message>
        <source>The secret is empty.</source>
        <translation>The secret is empty.</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Randomization design</source>
        <translation>Randomization design</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Randomization log</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>Visit agenda</source>
        <translation>Visit agenda</translation>
    </message>
    <message>
        <source>Case report forms</source>
        <translation>Case report forms</translation>
    </message>
    <message>
        <source>Data queries</source>
        <translation>Data queries</translation>
    </message>
    <message>
        <source>Data exports</source>
        <translation>Data exports</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with non-empty &quot;fr&quot; and &quot;en&quot; texts</source>
        <translation>&quot;%1&quot; must be an object with non-empty &quot;fr&quot; and &quot;en&quot; texts</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::AuditCommands</name>
    <message>
        <source>Export the audit trail as CSV (the export is itself audited).</source>
        <translation>Export the audit trail as CSV (the export is itself audited).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Only entries by this user.</source>
        <translation>Only entries by this user.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Only entries about this kind of entity.</source>
        <translation>Only entries about this kind of entity.</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ENTITY</translation>
    </message>
    <message>
        <source>Only entries on or after this UTC date.</source>
        <translation>Only entries on or after this UTC date.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Only entries on or before this UTC date.</source>
        <translation>Only entries on or before this UTC date.</translation>
    </message>
    <message>
        <source>audit export needs --output FILE.</source>
        <translation>audit export needs --output FILE.</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD.</source>
        <translation>--%1 needs a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Audit trail exported to %1.</source>
        <translation>Audit trail exported to %1.</translation>
    </message>
    <message>
        <source>Re-walk the audit chain (and check it against the heads saved in a checkpoint file); exit 3 at the first broken entry.</source>
        <translation>Re-walk the audit chain (and check it against the heads saved in a checkpoint file); exit 3 at the first broken entry.</translation>
    </message>
    <message>
        <source>Also check the chain against the checkpoints of this file (written by audit checkpoint), or against an export or backup manifest.</source>
        <translation>Also check the chain against the checkpoints of this file (written by audit checkpoint), or against an export or backup manifest.</translation>
    </message>
    <message>
        <source>--checkpoint needs a FILE.</source>
        <translation>--checkpoint needs a FILE.</translation>
    </message>
    <message>
        <source>Verify the audit chain and add its current head to a checkpoint file kept outside the workspace.</source>
        <translation>Verify the audit chain and add its current head to a checkpoint file kept outside the workspace.</translation>
    </message>
    <message>
        <source>The checkpoint file: one line is added (the file is created if missing).</source>
        <translation>The checkpoint file: one line is added (the file is created if missing).</translation>
    </message>
    <message>
        <source>audit checkpoint needs --output FILE.</source>
        <translation>audit checkpoint needs --output FILE.</translation>
    </message>
    <message>
        <source>Checkpoint added to %1.</source>
        <translation>Checkpoint added to %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::BackupCommand</name>
    <message>
        <source>Back up the workspace (encrypted); prints the backup folder.</source>
        <translation>Back up the workspace (encrypted); prints the backup folder.</translation>
    </message>
    <message>
        <source>Why the backup is made (audited).</source>
        <translation>Why the backup is made (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>An existing folder to back up into, e.g. on another drive or a network share (default: the scheduled backups&apos; folder).</source>
        <translation>An existing folder to back up into, e.g. on another drive or a network share (default: the scheduled backups&apos; folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>--output needs a folder.</source>
        <translation>--output needs a folder.</translation>
    </message>
    <message>
        <source>Check a backup with your password; exit 3 when a problem is found.</source>
        <translation>Check a backup with your password; exit 3 when a problem is found.</translation>
    </message>
    <message>
        <source>backup verify needs --password-stdin.</source>
        <translation>backup verify needs --password-stdin.</translation>
    </message>
    <message>
        <source>List the backups in the backup folder, newest first.</source>
        <translation>List the backups in the backup folder, newest first.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the last good backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>Warning: the last good backup is more than %n day old.</numerusform>
            <numerusform>Warning: the last good backup is more than %n days old.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: there is no good backup in %1.</source>
        <translation>Warning: there is no good backup in %1.</translation>
    </message>
    <message>
        <source>Run the daily backup schedule once (for cron): back up if due, keep the last N.</source>
        <translation>Run the daily backup schedule once (for cron): back up if due, keep the last N.</translation>
    </message>
    <message>
        <source>Daily backups are off (settings set --backup-daily on): nothing to do.</source>
        <translation>Daily backups are off (settings set --backup-daily on): nothing to do.</translation>
    </message>
    <message>
        <source>The last good backup is less than a day old: nothing to do.</source>
        <translation>The last good backup is less than a day old: nothing to do.</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>Removed the older backup %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::CliRunner</name>
    <message>
        <source>Usage: trialdesk-cli [--workspace DIR --user NAME --password-stdin] COMMAND [OPTIONS]</source>
        <translation>Usage: trialdesk-cli [--workspace DIR --user NAME --password-stdin] COMMAND [OPTIONS]</translation>
    </message>
    <message>
        <source>Secrets are read from standard input: the first line is the password, the second a new secret.</source>
        <translation>Secrets are read from standard input: the first line is the password, the second a new secret.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Run trialdesk-cli COMMAND --help for the options of a command.</source>
        <translation>Run trialdesk-cli COMMAND --help for the options of a command.</translation>
    </message>
    <message>
        <source>trialdesk-cli: unknown command &quot;%1&quot;.</source>
        <translation>trialdesk-cli: unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>trialdesk-cli: &quot;%1&quot; expects %2 argument(s): %3</source>
        <translation>trialdesk-cli: &quot;%1&quot; expects %2 argument(s): %3</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DataEnterCommand</name>
    <message>
        <source>Enter or change a participant&apos;s form from a JSON file of values (draft, or complete with --complete).</source>
        <translation>Enter or change a participant&apos;s form from a JSON file of values (draft, or complete with --complete).</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>The visit code, e.g. M3 (leave out for unscheduled forms: AE, EOS).</source>
        <translation>The visit code, e.g. M3 (leave out for unscheduled forms: AE, EOS).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The form code, e.g. PHQ9.</source>
        <translation>The form code, e.g. PHQ9.</translation>
    </message>
    <message>
        <source>For repeating unscheduled forms (AE): the instance to change (default: a new one).</source>
        <translation>For repeating unscheduled forms (AE): the instance to change (default: a new one).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>JSON object item -&gt; value: numbers, strings, booleans, arrays for multiple choice, {&quot;missing&quot;: &quot;not_done&quot;}; items left out are empty.</source>
        <translation>JSON object item -&gt; value: numbers, strings, booleans, arrays for multiple choice, {&quot;missing&quot;: &quot;not_done&quot;}; items left out are empty.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Validate fully and mark the form complete.</source>
        <translation>Validate fully and mark the form complete.</translation>
    </message>
    <message>
        <source>Why a complete form changes (required then).</source>
        <translation>Why a complete form changes (required then).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>an object value must be {&quot;missing&quot;: &quot;not_done&quot;|&quot;unknown&quot;|&quot;refused&quot;}</source>
        <translation>an object value must be {&quot;missing&quot;: &quot;not_done&quot;|&quot;unknown&quot;|&quot;refused&quot;}</translation>
    </message>
    <message>
        <source>data enter needs --participant STUDY_ID --form CODE --values FILE (and --visit CODE for a form of a visit).</source>
        <translation>data enter needs --participant STUDY_ID --form CODE --values FILE (and --visit CODE for a form of a visit).</translation>
    </message>
    <message>
        <source>--instance must be a number from 1.</source>
        <translation>--instance must be a number from 1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of item values: %2</source>
        <translation>%1 is not a JSON object of item values: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>the top level must be an object</translation>
    </message>
    <message>
        <source>form %1 has no such item</source>
        <translation>form %1 has no such item</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values above.</source>
        <translation>Nothing was saved: correct the values above.</translation>
    </message>
    <message>
        <source>Form %1 of %2 saved (entry %3, %4).</source>
        <translation>Form %1 of %2 saved (entry %3, %4).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DataShowCommand</name>
    <message>
        <source>Show every form entry of a participant with its state and values, in visit order.</source>
        <translation>Show every form entry of a participant with its state and values, in visit order.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>data show needs --participant STUDY_ID.</source>
        <translation>data show needs --participant STUDY_ID.</translation>
    </message>
    <message>
        <source>%1: no form entered yet.</source>
        <translation>%1: no form entered yet.</translation>
    </message>
    <message>
        <source>(unscheduled)</source>
        <translation>(unscheduled)</translation>
    </message>
    <message numerus="yes">
        <source>(%n open queries)</source>
        <translation>
            <numerusform>(%n open queries)</numerusform>
            <numerusform>(%n open queries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: {&quot;participant&quot;, &quot;site&quot;, &quot;entries&quot;: [{&quot;entry&quot; (its reference, STUDY_ID/VISIT/FORM/INSTANCE), &quot;visit&quot; (null when unscheduled), &quot;form&quot;, &quot;version&quot;, &quot;instance&quot;, &quot;state&quot;, &quot;open_queries&quot;, &quot;updated_at&quot;, &quot;updated_by&quot;, &quot;values&quot;: {item: text or {&quot;missing&quot;: code}}}]}.</source>
        <translation>Print JSON: {&quot;participant&quot;, &quot;site&quot;, &quot;entries&quot;: [{&quot;entry&quot; (its reference, STUDY_ID/VISIT/FORM/INSTANCE), &quot;visit&quot; (null when unscheduled), &quot;form&quot;, &quot;version&quot;, &quot;instance&quot;, &quot;state&quot;, &quot;open_queries&quot;, &quot;updated_at&quot;, &quot;updated_by&quot;, &quot;values&quot;: {item: text or {&quot;missing&quot;: code}}}]}.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DemoPopulateCommand</name>
    <message>
        <source>Fill a demo trial with a synthetic trial (deterministic from the seed).</source>
        <translation>Fill a demo trial with a synthetic trial (deterministic from the seed).</translation>
    </message>
    <message>
        <source>How many participants to randomize.</source>
        <translation>How many participants to randomize.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>1 to 64 hexadecimal digits.</source>
        <translation>1 to 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>demo populate needs --participants N --seed HEX.</source>
        <translation>demo populate needs --participants N --seed HEX.</translation>
    </message>
    <message>
        <source>%1 / %2 randomized</source>
        <translation>%1 / %2 randomized</translation>
    </message>
    <message>
        <source>screened %1, not eligible %2, declined %3, other %4, randomized %5, withdrawn %6</source>
        <translation>screened %1, not eligible %2, declined %3, other %4, randomized %5, withdrawn %6</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignSeedCommand</name>
    <message>
        <source>Print a new trial seed (64 hexadecimal digits) from the secure random source.</source>
        <translation>Print a new trial seed (64 hexadecimal digits) from the secure random source.</translation>
    </message>
    <message>
        <source>The secure random source could not be initialised; no seed was made. Try again.</source>
        <translation>The secure random source could not be initialised; no seed was made. Try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignShowCommand</name>
    <message>
        <source>Show the trial&apos;s randomization design as your role may see it (--reveal-seed is audited).</source>
        <translation>Show the trial&apos;s randomization design as your role may see it (--reveal-seed is audited).</translation>
    </message>
    <message>
        <source>Also print the seed (statistician and administrator only; audited).</source>
        <translation>Also print the seed (statistician and administrator only; audited).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Print JSON instead of text.</translation>
    </message>
    <message>
        <source>Randomization design, version %1</source>
        <translation>Randomization design, version %1</translation>
    </message>
    <message>
        <source>Locked since %1 (first randomization).</source>
        <translation>Locked since %1 (first randomization).</translation>
    </message>
    <message>
        <source>Not locked (no participant randomized yet).</source>
        <translation>Not locked (no participant randomized yet).</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Method: %1</translation>
    </message>
    <message>
        <source>Arms:</source>
        <translation>Arms:</translation>
    </message>
    <message>
        <source>Stratification factors (%1 strata):</source>
        <translation>Stratification factors (%1 strata):</translation>
    </message>
    <message>
        <source> (site)</source>
        <translation> (site)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>weight %1</translation>
    </message>
    <message>
        <source>Block multiples: %1 (block sizes %2)</source>
        <translation>Block multiples: %1 (block sizes %2)</translation>
    </message>
    <message>
        <source>Minimization: %1 imbalance, probability %2 of the minimizing arm</source>
        <translation>Minimization: %1 imbalance, probability %2 of the minimizing arm</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Seed: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignStreamCommand</name>
    <message>
        <source>Print one stratum&apos;s allocation sequence (spec v1) as CSV, from a seed and a design.</source>
        <translation>Print one stratum&apos;s allocation sequence (spec v1) as CSV, from a seed and a design.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Arms and weights, e.g. PP:1,UC:1.</source>
        <translation>Arms and weights, e.g. PP:1,UC:1.</translation>
    </message>
    <message>
        <source>ARMS</source>
        <translation>ARMS</translation>
    </message>
    <message>
        <source>Allowed block multiples, e.g. 2,3.</source>
        <translation>Allowed block multiples, e.g. 2,3.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>The stratum index (0 without strata).</source>
        <translation>The stratum index (0 without strata).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many blocks to print.</source>
        <translation>How many blocks to print.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli design stream --help.</source>
        <translation>--%1 is required; see trialdesk-cli design stream --help.</translation>
    </message>
    <message>
        <source>The stratum index must be a whole number from 0 to %1.</source>
        <translation>The stratum index must be a whole number from 0 to %1.</translation>
    </message>
    <message>
        <source>The number of blocks must be from 1 to %1.</source>
        <translation>The number of blocks must be from 1 to %1.</translation>
    </message>
    <message>
        <source>A seed of 64 hexadecimal digits, for published test vectors. A trial&apos;s real seed goes through --seed-stdin: the command line is visible to every user of the computer.</source>
        <translation>A seed of 64 hexadecimal digits, for published test vectors. A trial&apos;s real seed goes through --seed-stdin: the command line is visible to every user of the computer.</translation>
    </message>
    <message>
        <source>Read the seed (64 hexadecimal digits) from the first line of standard input.</source>
        <translation>Read the seed (64 hexadecimal digits) from the first line of standard input.</translation>
    </message>
    <message>
        <source>Give the seed with exactly one of --seed-stdin (a trial&apos;s seed) and --seed (a published test vector); see trialdesk-cli design stream --help.</source>
        <translation>Give the seed with exactly one of --seed-stdin (a trial&apos;s seed) and --seed (a published test vector); see trialdesk-cli design stream --help.</translation>
    </message>
    <message>
        <source>--seed-stdin: standard input holds no line with the seed.</source>
        <translation>--seed-stdin: standard input holds no line with the seed.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::EnrollCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 is not a JSON object: %2</translation>
    </message>
    <message>
        <source>Screen an eligible person, record the consent and register them; prints the study ID.</source>
        <translation>Screen an eligible person, record the consent and register them; prints the study ID.</translation>
    </message>
    <message>
        <source>The site code.</source>
        <translation>The site code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Stratum values, e.g. condition=HF.</source>
        <translation>Stratum values, e.g. condition=HF.</translation>
    </message>
    <message>
        <source>FACTOR=LEVEL[,FACTOR=LEVEL]</source>
        <translation>FACTOR=LEVEL[,FACTOR=LEVEL]</translation>
    </message>
    <message>
        <source>The consent form version signed.</source>
        <translation>The consent form version signed.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The day consent was given.</source>
        <translation>The day consent was given.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>JSON file: {&quot;date&quot;, &quot;age&quot;, &quot;sex&quot;, &quot;answers&quot;: {criterion: true|false}} (default: every criterion satisfied, screened on the consent date).</source>
        <translation>JSON file: {&quot;date&quot;, &quot;age&quot;, &quot;sex&quot;, &quot;answers&quot;: {criterion: true|false}} (default: every criterion satisfied, screened on the consent date).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>JSON file: {&quot;last_name&quot;, &quot;first_name&quot;, &quot;date_of_birth&quot;, &quot;ramq&quot;, &quot;phone&quot;, &quot;email&quot;, &quot;language&quot;}.</source>
        <translation>JSON file: {&quot;last_name&quot;, &quot;first_name&quot;, &quot;date_of_birth&quot;, &quot;ramq&quot;, &quot;phone&quot;, &quot;email&quot;, &quot;language&quot;}.</translation>
    </message>
    <message>
        <source>enroll needs --site CODE --stratum FACTOR=LEVEL --consent-version V --consent-date YYYY-MM-DD.</source>
        <translation>enroll needs --site CODE --stratum FACTOR=LEVEL --consent-version V --consent-date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--consent-date must be a date YYYY-MM-DD.</source>
        <translation>--consent-date must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FACTOR=LEVEL.</source>
        <translation>&quot;%1&quot; is not FACTOR=LEVEL.</translation>
    </message>
    <message>
        <source>Screening %1 registered as %2.</source>
        <translation>Screening %1 registered as %2.</translation>
    </message>
    <message>
        <source>--stratum gives the factor &quot;%1&quot; more than once; give each factor once, e.g. --stratum condition=HF.</source>
        <translation>--stratum gives the factor &quot;%1&quot; more than once; give each factor once, e.g. --stratum condition=HF.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportCsvCommand</name>
    <message>
        <source>Export the form data as tidy CSV per form, a data dictionary and a long CSV (de-identified unless --identifying); audited.</source>
        <translation>Export the form data as tidy CSV per form, a data dictionary and a long CSV (de-identified unless --identifying); audited.</translation>
    </message>
    <message>
        <source>The folder to write the export into (created if missing; must not hold an export already).</source>
        <translation>The folder to write the export into (created if missing; must not hold an export already).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Add the participants&apos; identities (administrators only; needs --reason).</source>
        <translation>Add the participants&apos; identities (administrators only; needs --reason).</translation>
    </message>
    <message>
        <source>Why identities are exported (audited).</source>
        <translation>Why identities are exported (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--output is required; see trialdesk-cli export %1 --help.</source>
        <translation>--output is required; see trialdesk-cli export %1 --help.</translation>
    </message>
    <message>
        <source>--reason goes with --identifying only.</source>
        <translation>--reason goes with --identifying only.</translation>
    </message>
    <message>
        <source>An identifying export needs --reason TEXT (it is audited).</source>
        <translation>An identifying export needs --reason TEXT (it is audited).</translation>
    </message>
    <message>
        <source>%1 form entries (%2 values) of %3 participants exported to %4: %5</source>
        <translation>%1 form entries (%2 values) of %3 participants exported to %4: %5</translation>
    </message>
    <message>
        <source>This export identifies participants: keep it encrypted and delete it when done.</source>
        <translation>This export identifies participants: keep it encrypted and delete it when done.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportOdmCommand</name>
    <message>
        <source>Export the study metadata and form data as CDISC ODM 1.3.2 XML (trialdesk-odm.xml in DIR); --with-audit adds the audit records of form data.</source>
        <translation>Export the study metadata and form data as CDISC ODM 1.3.2 XML (trialdesk-odm.xml in DIR); --with-audit adds the audit records of form data.</translation>
    </message>
    <message>
        <source>Add the audit records of form data (who changed which value, when, why).</source>
        <translation>Add the audit records of form data (who changed which value, when, why).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportRedcapCommand</name>
    <message>
        <source>Export the form data as REDCap CSV (data, data dictionary, event mapping) for a longitudinal project.</source>
        <translation>Export the form data as REDCap CSV (data, data dictionary, event mapping) for a longitudinal project.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::FormValidateCommand</name>
    <message>
        <source>Check a case report form definition (JSON file); no workspace needed.</source>
        <translation>Check a case report form definition (JSON file); no workspace needed.</translation>
    </message>
    <message>
        <source>form validate needs exactly one FILE.</source>
        <translation>form validate needs exactly one FILE.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: form %2 version %3 (%4), %n item(s): valid.</source>
        <translation>
            <numerusform>%1: form %2 version %3 (%4), %n item: valid.</numerusform>
            <numerusform>%1: form %2 version %3 (%4), %n items: valid.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::GlobalOptions</name>
    <message>
        <source>The trial workspace folder.</source>
        <translation>The trial workspace folder.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>The user name to sign in with.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password (and a new secret, where needed) from standard input.</source>
        <translation>Read the password (and a new secret, where needed) from standard input.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::InitCommand</name>
    <message>
        <source>Create a trial workspace; prints the recovery code.</source>
        <translation>Create a trial workspace; prints the recovery code.</translation>
    </message>
    <message>
        <source>The trial&apos;s name.</source>
        <translation>The trial&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The administrator&apos;s user name.</source>
        <translation>The administrator&apos;s user name.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>The administrator&apos;s full name.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>A protocol file (JSON); the bundled default otherwise.</source>
        <translation>A protocol file (JSON); the bundled default otherwise.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>init needs --workspace DIR --trial-name NAME --admin NAME --password-stdin (the administrator&apos;s password on standard input).</source>
        <translation>init needs --workspace DIR --trial-name NAME --admin NAME --password-stdin (the administrator&apos;s password on standard input).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>no password on standard input.</translation>
    </message>
    <message>
        <source>Trial workspace created. The line above is the recovery code: it is shown only once. Write it down and keep it in a safe place.</source>
        <translation>Trial workspace created. The line above is the recovery code: it is shown only once. Write it down and keep it in a safe place.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::KeyRotateCommand</name>
    <message>
        <source>Re-encrypt the database under a new key; prints the new recovery code.</source>
        <translation>Re-encrypt the database under a new key; prints the new recovery code.</translation>
    </message>
    <message>
        <source>Why the key is rotated (audited).</source>
        <translation>Why the key is rotated (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>key rotate needs --reason TEXT.</source>
        <translation>key rotate needs --reason TEXT.</translation>
    </message>
    <message>
        <source>key rotate needs --password-stdin.</source>
        <translation>key rotate needs --password-stdin.</translation>
    </message>
    <message>
        <source>The database key was changed. The line above is the new recovery code, shown only once; the old code no longer opens the trial.</source>
        <translation>The database key was changed. The line above is the new recovery code, shown only once; the old code no longer opens the trial.</translation>
    </message>
    <message>
        <source>List the accounts that need a new password after a key rotation.</source>
        <translation>List the accounts that need a new password after a key rotation.</translation>
    </message>
    <message>
        <source>Every active account&apos;s key slot opens the current key.</source>
        <translation>Every active account&apos;s key slot opens the current key.</translation>
    </message>
    <message>
        <source>These accounts cannot sign in until you set a new password (user reset-password).</source>
        <translation>These accounts cannot sign in until you set a new password (user reset-password).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ListExportCommand</name>
    <message>
        <source>Export the allocation list (first N entries of every stratum) as spec CSV or a REDCap table; audited.</source>
        <translation>Export the allocation list (first N entries of every stratum) as spec CSV or a REDCap table; audited.</translation>
    </message>
    <message>
        <source>Entries to write for each stratum.</source>
        <translation>Entries to write for each stratum.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>spec (the spec&apos;s CSV) or redcap (a REDCap allocation table).</source>
        <translation>spec (the spec&apos;s CSV) or redcap (a REDCap allocation table).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli list export --help.</source>
        <translation>--%1 is required; see trialdesk-cli list export --help.</translation>
    </message>
    <message>
        <source>--per-stratum must be a whole number from 1 to %1.</source>
        <translation>--per-stratum must be a whole number from 1 to %1.</translation>
    </message>
    <message>
        <source>--format must be spec or redcap, not &quot;%1&quot;.</source>
        <translation>--format must be spec or redcap, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 allocations written to %2 (readable by you only; keep it concealed).</source>
        <translation>%1 allocations written to %2 (readable by you only; keep it concealed).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::LogCommands</name>
    <message>
        <source>Export the randomization log as CSV (audited).</source>
        <translation>Export the randomization log as CSV (audited).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>The CSV file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>log export needs --output FILE.</source>
        <translation>log export needs --output FILE.</translation>
    </message>
    <message>
        <source>Randomization log exported to %1.</source>
        <translation>Randomization log exported to %1.</translation>
    </message>
    <message>
        <source>Verify every allocation against the seed&apos;s streams, gaps, duplicates and the audit chain (exit 3 on a problem).</source>
        <translation>Verify every allocation against the seed&apos;s streams, gaps, duplicates and the audit chain (exit 3 on a problem).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>audit chain: %1</translation>
    </message>
    <message>
        <source>%1 allocations checked: %2 mismatches, %3 duplicates, %4 gaps; audit chain %5, head %6</source>
        <translation>%1 allocations checked: %2 mismatches, %3 duplicates, %4 gaps; audit chain %5, head %6</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BROKEN</translation>
    </message>
    <message>
        <source>stream lineage of design %1, stratum %2: sequences %3 to %4 were never allocated</source>
        <translation>stream lineage of design %1, stratum %2: sequences %3 to %4 were never allocated</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ProtocolCommands</name>
    <message>
        <source>protocol version %1</source>
        <translation>protocol version %1</translation>
    </message>
    <message>
        <source>Show the protocol in force (or version N): a summary, or the JSON definition.</source>
        <translation>Show the protocol in force (or version N): a summary, or the JSON definition.</translation>
    </message>
    <message>
        <source>Print the protocol&apos;s JSON definition.</source>
        <translation>Print the protocol&apos;s JSON definition.</translation>
    </message>
    <message>
        <source>The protocol version to show (default: the current one).</source>
        <translation>The protocol version to show (default: the current one).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--version takes a protocol version number (1 or more).</source>
        <translation>--version takes a protocol version number (1 or more).</translation>
    </message>
    <message>
        <source>The block sizes are concealed from your role and were left out.</source>
        <translation>The block sizes are concealed from your role and were left out.</translation>
    </message>
    <message>
        <source>Amend the protocol with a new definition (administrator, statistician); prints the new version.</source>
        <translation>Amend the protocol with a new definition (administrator, statistician); prints the new version.</translation>
    </message>
    <message>
        <source>The amended protocol, a JSON file.</source>
        <translation>The amended protocol, a JSON file.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Why the protocol changes (audited).</source>
        <translation>Why the protocol changes (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>protocol amend needs --file FILE and --reason TEXT.</source>
        <translation>protocol amend needs --file FILE and --reason TEXT.</translation>
    </message>
    <message>
        <source>Cannot read the protocol file %1: %2. Check the path and the file&apos;s permissions.</source>
        <translation>Cannot read the protocol file %1: %2. Check the path and the file&apos;s permissions.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryAnswerCommand</name>
    <message>
        <source>Answer a data query in words, or correct the value with a reason (site staff).</source>
        <translation>Answer a data query in words, or correct the value with a reason (site staff).</translation>
    </message>
    <message>
        <source>The answer, when the value stays.</source>
        <translation>The answer, when the value stays.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The corrected value as JSON: 3, &quot;phone&quot;, [&quot;a&quot;,&quot;b&quot;], true, {&quot;missing&quot;: &quot;unknown&quot;}, null (no value).</source>
        <translation>The corrected value as JSON: 3, &quot;phone&quot;, [&quot;a&quot;,&quot;b&quot;], true, {&quot;missing&quot;: &quot;unknown&quot;}, null (no value).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Why the value is corrected.</source>
        <translation>Why the value is corrected.</translation>
    </message>
    <message>
        <source>Query %1 answered.</source>
        <translation>Query %1 answered.</translation>
    </message>
    <message>
        <source>Form %1 version %2 has no item %3.</source>
        <translation>Form %1 version %2 has no item %3.</translation>
    </message>
    <message>
        <source>Query %1 answered: %2 corrected.</source>
        <translation>Query %1 answered: %2 corrected.</translation>
    </message>
    <message>
        <source>query answer needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) and either --answer TEXT or --value JSON --reason TEXT.</source>
        <translation>query answer needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) and either --answer TEXT or --value JSON --reason TEXT.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryCloseCommand</name>
    <message>
        <source>Close a data query with a note (monitors).</source>
        <translation>Close a data query with a note (monitors).</translation>
    </message>
    <message>
        <source>How the query was resolved.</source>
        <translation>How the query was resolved.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Query %1 closed.</source>
        <translation>Query %1 closed.</translation>
    </message>
    <message>
        <source>query close needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) --note TEXT.</source>
        <translation>query close needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) --note TEXT.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryListCommand</name>
    <message>
        <source>List the data queries not closed of a site, or every query of one form entry.</source>
        <translation>List the data queries not closed of a site, or every query of one form entry.</translation>
    </message>
    <message>
        <source>The site code (default: every site you may see).</source>
        <translation>The site code (default: every site you may see).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>No query.</source>
        <translation>No query.</translation>
    </message>
    <message>
        <source>Every query of this form entry instead (STUDY_ID/VISIT/FORM/INSTANCE, as data show prints it).</source>
        <translation>Every query of this form entry instead (STUDY_ID/VISIT/FORM/INSTANCE, as data show prints it).</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>Print JSON: an array of {&quot;query&quot;, &quot;entry&quot;, &quot;participant&quot;, &quot;site&quot;, &quot;visit&quot;, &quot;form&quot;, &quot;item&quot;, &quot;status&quot;, &quot;question&quot;, &quot;raised_by&quot;, &quot;raised_at&quot;, &quot;answer&quot;, &quot;answered_by&quot;, &quot;answered_at&quot;, &quot;closed_by&quot;, &quot;closed_at&quot;, &quot;close_note&quot;} (null when not set).</source>
        <translation>Print JSON: an array of {&quot;query&quot;, &quot;entry&quot;, &quot;participant&quot;, &quot;site&quot;, &quot;visit&quot;, &quot;form&quot;, &quot;item&quot;, &quot;status&quot;, &quot;question&quot;, &quot;raised_by&quot;, &quot;raised_at&quot;, &quot;answer&quot;, &quot;answered_by&quot;, &quot;answered_at&quot;, &quot;closed_by&quot;, &quot;closed_at&quot;, &quot;close_note&quot;} (null when not set).</translation>
    </message>
    <message>
        <source>query list takes --site CODE or --entry ENTRY (e.g. ICM-0001/M3/PHQ9/1).</source>
        <translation>query list takes --site CODE or --entry ENTRY (e.g. ICM-0001/M3/PHQ9/1).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryOption</name>
    <message>
        <source>The query, as query list prints it: STUDY_ID/VISIT/FORM/INSTANCE#N.</source>
        <translation>The query, as query list prints it: STUDY_ID/VISIT/FORM/INSTANCE#N.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>QUERY</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryRaiseCommand</name>
    <message>
        <source>Raise a data query on one item of a saved form (monitors).</source>
        <translation>Raise a data query on one item of a saved form (monitors).</translation>
    </message>
    <message>
        <source>Or the study ID, e.g. ICM-0001...</source>
        <translation>Or the study ID, e.g. ICM-0001...</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>...the visit code (none for unscheduled forms)...</source>
        <translation>...the visit code (none for unscheduled forms)...</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>...and the form code.</source>
        <translation>...and the form code.</translation>
    </message>
    <message>
        <source>The instance of a repeating form (default 1).</source>
        <translation>The instance of a repeating form (default 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The item code, e.g. phq9_3.</source>
        <translation>The item code, e.g. phq9_3.</translation>
    </message>
    <message>
        <source>The question for the site.</source>
        <translation>The question for the site.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>--instance must be a number from 1.</source>
        <translation>--instance must be a number from 1.</translation>
    </message>
    <message>
        <source>Query %1 raised.</source>
        <translation>Query %1 raised.</translation>
    </message>
    <message>
        <source>The form entry, as data show prints it: STUDY_ID/VISIT/FORM/INSTANCE.</source>
        <translation>The form entry, as data show prints it: STUDY_ID/VISIT/FORM/INSTANCE.</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>ENTRY</translation>
    </message>
    <message>
        <source>--entry takes an entry as data show prints it, e.g. ICM-0001/M3/PHQ9/1.</source>
        <translation>--entry takes an entry as data show prints it, e.g. ICM-0001/M3/PHQ9/1.</translation>
    </message>
    <message>
        <source>query raise needs --entry ENTRY or --participant STUDY_ID [--visit CODE] --form CODE, and --item CODE --question TEXT.</source>
        <translation>query raise needs --entry ENTRY or --participant STUDY_ID [--visit CODE] --form CODE, and --item CODE --question TEXT.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::RandomizeCommand</name>
    <message>
        <source>Randomize a participant (signature password on the second line of standard input); prints the arm.</source>
        <translation>Randomize a participant (signature password on the second line of standard input); prints the arm.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>randomize needs --participant STUDY_ID.</source>
        <translation>randomize needs --participant STUDY_ID.</translation>
    </message>
    <message>
        <source>the electronic signature (your password again, meaning &quot;%1&quot;) must be the second line of standard input.</source>
        <translation>the electronic signature (your password again, meaning &quot;%1&quot;) must be the second line of standard input.</translation>
    </message>
    <message>
        <source>%1 randomized to %2 (%3).</source>
        <translation>%1 randomized to %2 (%3).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ReportCommand</name>
    <message>
        <source>Write the CONSORT flow diagram (json, png, svg or pdf) from live data; unblinded roles only.</source>
        <translation>Write the CONSORT flow diagram (json, png, svg or pdf) from live data; unblinded roles only.</translation>
    </message>
    <message>
        <source>Write the recruitment report (pdf, csv or json): randomizations against the target, by site and month.</source>
        <translation>Write the recruitment report (pdf, csv or json): randomizations against the target, by site and month.</translation>
    </message>
    <message>
        <source>Write the randomization report for monitors (pdf, csv or json): the log, its verification, the audit chain head.</source>
        <translation>Write the randomization report for monitors (pdf, csv or json): the log, its verification, the audit chain head.</translation>
    </message>
    <message>
        <source>Write Table 1 (baseline characteristics by arm) and balance by stratum as PDF, CSV or JSON.</source>
        <translation>Write Table 1 (baseline characteristics by arm) and balance by stratum as PDF, CSV or JSON.</translation>
    </message>
    <message>
        <source>Write retention and visit completion by visit and arm as PDF, CSV or JSON.</source>
        <translation>Write retention and visit completion by visit and arm as PDF, CSV or JSON.</translation>
    </message>
    <message>
        <source>Write the descriptive outcome summary by arm (not the trial&apos;s analysis) as PDF, CSV or JSON.</source>
        <translation>Write the descriptive outcome summary by arm (not the trial&apos;s analysis) as PDF, CSV or JSON.</translation>
    </message>
    <message>
        <source>This build of trialdesk-cli cannot draw reports (no graphics support): use the TrialDesk application to produce it.</source>
        <translation>This build of trialdesk-cli cannot draw reports (no graphics support): use the TrialDesk application to produce it.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 written to %2.</translation>
    </message>
    <message>
        <source>The randomization log does not verify: see the report&apos;s verification section.</source>
        <translation>The randomization log does not verify: see the report&apos;s verification section.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ReportOptions</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Output format: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>The file to write (replaced if it exists).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli %2 --help.</source>
        <translation>--%1 is required; see trialdesk-cli %2 --help.</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format must be one of %1, not &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ScreenCommand</name>
    <message>
        <source>Record a screening that did not lead to enrollment (not eligible, declined, other).</source>
        <translation>Record a screening that did not lead to enrollment (not eligible, declined, other).</translation>
    </message>
    <message>
        <source>The site code.</source>
        <translation>The site code.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>not-eligible, declined or other.</source>
        <translation>not-eligible, declined or other.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>OUTCOME</translation>
    </message>
    <message>
        <source>Why the person is not enrolled.</source>
        <translation>Why the person is not enrolled.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The screening day (default: today).</source>
        <translation>The screening day (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Age in years.</source>
        <translation>Age in years.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>F, M or X.</source>
        <translation>F, M or X.</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEX</translation>
    </message>
    <message>
        <source>screen needs --site CODE --outcome not-eligible|declined|other --reason TEXT (enroll an eligible person with the enroll command).</source>
        <translation>screen needs --site CODE --outcome not-eligible|declined|other --reason TEXT (enroll an eligible person with the enroll command).</translation>
    </message>
    <message>
        <source>--age must be a number of years.</source>
        <translation>--age must be a number of years.</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD.</source>
        <translation>--date must be a date YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ServerCommands</name>
    <message>
        <source>The trial server, as a libpq connection string (host=... port=... dbname=... sslmode=verify-full sslrootcert=FILE).</source>
        <translation>The trial server, as a libpq connection string (host=... port=... dbname=... sslmode=verify-full sslrootcert=FILE).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>name the database&apos;s owner role in the connection string (user=NAME).</source>
        <translation>name the database&apos;s owner role in the connection string (user=NAME).</translation>
    </message>
    <message>
        <source>Set a trial up on a PostgreSQL trial server (as the database&apos;s owner).</source>
        <translation>Set a trial up on a PostgreSQL trial server (as the database&apos;s owner).</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO --trial-name NAME --admin NAME --password-stdin (standard input: the owner role&apos;s password on line 1, the new administrator&apos;s on line 2).</source>
        <translation>server init needs --server CONNINFO --trial-name NAME --admin NAME --password-stdin (standard input: the owner role&apos;s password on line 1, the new administrator&apos;s on line 2).</translation>
    </message>
    <message>
        <source>standard input needs two lines: the owner role&apos;s password, then the new administrator&apos;s.</source>
        <translation>standard input needs two lines: the owner role&apos;s password, then the new administrator&apos;s.</translation>
    </message>
    <message>
        <source>The trial &quot;%1&quot; is set up on the server; %2 is its administrator. Connect each workstation with: trialdesk-cli connect --workspace DIR --server CONNINFO (without user=).</source>
        <translation>The trial &quot;%1&quot; is set up on the server; %2 is its administrator. Connect each workstation with: trialdesk-cli connect --workspace DIR --server CONNINFO (without user=).</translation>
    </message>
    <message>
        <source>Bring a trial server&apos;s schema up to this version (as the database&apos;s owner).</source>
        <translation>Bring a trial server&apos;s schema up to this version (as the database&apos;s owner).</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO --password-stdin (the owner role&apos;s password on standard input).</source>
        <translation>server upgrade needs --server CONNINFO --password-stdin (the owner role&apos;s password on standard input).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>no password on standard input.</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema is up to date (version %1).</source>
        <translation>The trial server&apos;s schema is up to date (version %1).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema went from version %1 to %2.</source>
        <translation>The trial server&apos;s schema went from version %1 to %2.</translation>
    </message>
    <message>
        <source>Make a folder a workspace of a trial on a server (no password is stored).</source>
        <translation>Make a folder a workspace of a trial on a server (no password is stored).</translation>
    </message>
    <message>
        <source>connect needs --workspace DIR --server CONNINFO.</source>
        <translation>connect needs --workspace DIR --server CONNINFO.</translation>
    </message>
    <message>
        <source>%1 is now a workspace of the trial on the server. Sign in as usual: --workspace %1 --user NAME --password-stdin.</source>
        <translation>%1 is now a workspace of the trial on the server. Sign in as usual: --workspace %1 --user NAME --password-stdin.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SessionOpener</name>
    <message>
        <source>this command needs --workspace DIR --user NAME --password-stdin (the password on the first line of standard input).</source>
        <translation>this command needs --workspace DIR --user NAME --password-stdin (the password on the first line of standard input).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>no password on standard input.</translation>
    </message>
    <message>
        <source>Change it with: trialdesk-cli password change --workspace DIR --user NAME --password-stdin (your current password on the first line of standard input, the new one on the second).</source>
        <translation>Change it with: trialdesk-cli password change --workspace DIR --user NAME --password-stdin (your current password on the first line of standard input, the new one on the second).</translation>
    </message>
    <message>
        <source>These accounts need a new password (user reset-password): %1</source>
        <translation>These accounts need a new password (user reset-password): %1</translation>
    </message>
    <message>
        <source>A key rotation had been interrupted; signing in finished it. The line above is the NEW recovery code, shown only once: save it now. Every earlier recovery code no longer opens the trial.</source>
        <translation>A key rotation had been interrupted; signing in finished it. The line above is the NEW recovery code, shown only once: save it now. Every earlier recovery code no longer opens the trial.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SettingsCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the screen locks.</source>
        <translation>Minutes of inactivity before the screen locks.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Failed logins before a lockout.</source>
        <translation>Failed logins before a lockout.</translation>
    </message>
    <message>
        <source>How long a lockout lasts.</source>
        <translation>How long a lockout lasts.</translation>
    </message>
    <message>
        <source>Why the setting changes (audited).</source>
        <translation>Why the setting changes (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Settings changed.</source>
        <translation>Settings changed.</translation>
    </message>
    <message>
        <source>Show the idle lock delay, the login policy and the backup schedule.</source>
        <translation>Show the idle lock delay, the login policy and the backup schedule.</translation>
    </message>
    <message>
        <source>Change the idle lock delay, the login policy or the backup schedule (administrator).</source>
        <translation>Change the idle lock delay, the login policy or the backup schedule (administrator).</translation>
    </message>
    <message>
        <source>Existing folder for backups, e.g. on another drive or a network share (&quot;&quot;: the workspace&apos;s backups folder).</source>
        <translation>Existing folder for backups, e.g. on another drive or a network share (&quot;&quot;: the workspace&apos;s backups folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>on: the GUI backs up daily while it is open; off: only by hand.</source>
        <translation>on: the GUI backs up daily while it is open; off: only by hand.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>How many backups a scheduled backup keeps in the folder.</source>
        <translation>How many backups a scheduled backup keeps in the folder.</translation>
    </message>
    <message>
        <source>Warn when the last good backup is older than N days.</source>
        <translation>Warn when the last good backup is older than N days.</translation>
    </message>
    <message>
        <source>--backup-daily takes on or off.</source>
        <translation>--backup-daily takes on or off.</translation>
    </message>
    <message>
        <source>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes, --backup-folder, --backup-daily, --backup-keep, --backup-warn-days.</source>
        <translation>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes, --backup-folder, --backup-daily, --backup-keep, --backup-warn-days.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SimulateCommand</name>
    <message>
        <source>Assess a design by simulation: imbalance, correct guesses, deterministic allocations.</source>
        <translation>Assess a design by simulation: imbalance, correct guesses, deterministic allocations.</translation>
    </message>
    <message>
        <source>Arms and weights, e.g. A:1,B:1.</source>
        <translation>Arms and weights, e.g. A:1,B:1.</translation>
    </message>
    <message>
        <source>ARMS</source>
        <translation>ARMS</translation>
    </message>
    <message>
        <source>Allowed block multiples, e.g. 2,3.</source>
        <translation>Allowed block multiples, e.g. 2,3.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Level count of each stratification factor, e.g. 2,4.</source>
        <translation>Level count of each stratification factor, e.g. 2,4.</translation>
    </message>
    <message>
        <source>Relative probability of each stratum, whole numbers in stratum index order (default: equal).</source>
        <translation>Relative probability of each stratum, whole numbers in stratum index order (default: equal).</translation>
    </message>
    <message>
        <source>Participants per simulated trial.</source>
        <translation>Participants per simulated trial.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of simulated trials.</source>
        <translation>Number of simulated trials.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seed of the simulation, 64 hexadecimal digits.</source>
        <translation>Seed of the simulation, 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>blocks (default) or minimization.</source>
        <translation>blocks (default) or minimization.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Worker threads (default: one per core).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Probability of taking the minimizing arm (default 0.8).</source>
        <translation>Probability of taking the minimizing arm (default 0.8).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Minimization imbalance: range (default) or variance.</source>
        <translation>Minimization imbalance: range (default) or variance.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MEASURE</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Print the result as JSON.</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli simulate --help.</source>
        <translation>--%1 is required; see trialdesk-cli simulate --help.</translation>
    </message>
    <message>
        <source>--method is blocks or minimization, not &quot;%1&quot;.</source>
        <translation>--method is blocks or minimization, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--measure is range or variance, not &quot;%1&quot;.</source>
        <translation>--measure is range or variance, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A blocks design needs --multiples, e.g. 2,3.</source>
        <translation>A blocks design needs --multiples, e.g. 2,3.</translation>
    </message>
    <message>
        <source>--strata takes level counts separated by commas, e.g. 2,4.</source>
        <translation>--strata takes level counts separated by commas, e.g. 2,4.</translation>
    </message>
    <message>
        <source>Each factor needs from 1 to %1 levels.</source>
        <translation>Each factor needs from 1 to %1 levels.</translation>
    </message>
    <message>
        <source>--weights takes whole numbers separated by commas.</source>
        <translation>--weights takes whole numbers separated by commas.</translation>
    </message>
    <message>
        <source>mean %1, 95th percentile %2, max %3</source>
        <translation>mean %1, 95th percentile %2, max %3</translation>
    </message>
    <message>
        <source>Correct guesses (convergence strategy): %1</source>
        <translation>Correct guesses (convergence strategy): %1</translation>
    </message>
    <message>
        <source>Deterministic allocations: %1</source>
        <translation>Deterministic allocations: %1</translation>
    </message>
    <message>
        <source>Final imbalance</source>
        <translation>Final imbalance</translation>
    </message>
    <message>
        <source>Largest imbalance during the trial</source>
        <translation>Largest imbalance during the trial</translation>
    </message>
    <message>
        <source>Final imbalance within strata</source>
        <translation>Final imbalance within strata</translation>
    </message>
    <message>
        <source>Largest imbalance within a stratum</source>
        <translation>Largest imbalance within a stratum</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SiteCommands</name>
    <message>
        <source>Add a recruiting site (administrator).</source>
        <translation>Add a recruiting site (administrator).</translation>
    </message>
    <message>
        <source>2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>2 to 8 capital letters or digits, starting with a letter.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The site&apos;s name in French.</source>
        <translation>The site&apos;s name in French.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The site&apos;s name in English.</source>
        <translation>The site&apos;s name in English.</translation>
    </message>
    <message>
        <source>The site&apos;s IANA time zone, e.g. America/Toronto.</source>
        <translation>The site&apos;s IANA time zone, e.g. America/Toronto.</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>TZ</translation>
    </message>
    <message>
        <source>Why the site is added (audited).</source>
        <translation>Why the site is added (audited).</translation>
    </message>
    <message>
        <source>site add needs --code CODE --name-fr TEXT --name-en TEXT --time-zone TZ --reason TEXT (--%1 is missing).</source>
        <translation>site add needs --code CODE --name-fr TEXT --name-en TEXT --time-zone TZ --reason TEXT (--%1 is missing).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Give one such as America/Toronto, America/Montreal or Europe/Paris.</source>
        <translation>&quot;%1&quot; is not a known IANA time zone. Give one such as America/Toronto, America/Montreal or Europe/Paris.</translation>
    </message>
    <message>
        <source>Site %1 added.</source>
        <translation>Site %1 added.</translation>
    </message>
    <message>
        <source>List the recruiting sites.</source>
        <translation>List the recruiting sites.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::UserCommands</name>
    <message>
        <source>Why the change is made (audited).</source>
        <translation>Why the change is made (audited).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</source>
        <translation>administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <source>the new password must be the second line of standard input.</source>
        <translation>the new password must be the second line of standard input.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</source>
        <translation>unknown role &quot;%1&quot;: use administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</translation>
    </message>
    <message>
        <source>Add a user (initial password on the second line of standard input).</source>
        <translation>Add a user (initial password on the second line of standard input).</translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation>The new user&apos;s name.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>The new user&apos;s full name.</translation>
    </message>
    <message>
        <source>The user&apos;s site code (none: all sites).</source>
        <translation>The user&apos;s site code (none: all sites).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>user add needs --new-user NAME and --role ROLE.</source>
        <translation>user add needs --new-user NAME and --role ROLE.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>List the users and their roles.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Print JSON.</translation>
    </message>
    <message>
        <source>Deactivate a user and remove their key slot.</source>
        <translation>Deactivate a user and remove their key slot.</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>User %1 deactivated.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role.</source>
        <translation>Change a user&apos;s role.</translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation>User %1 is now %2.</translation>
    </message>
    <message>
        <source>Set a new password for a user (second line of standard input).</source>
        <translation>Set a new password for a user (second line of standard input).</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Password of %1 reset.</translation>
    </message>
    <message>
        <source>Change your password (current, then new, on standard input).</source>
        <translation>Change your password (current, then new, on standard input).</translation>
    </message>
    <message>
        <source>password change needs --password-stdin.</source>
        <translation>password change needs --password-stdin.</translation>
    </message>
    <message>
        <source>give the current password on the first line of standard input and the new one on the second.</source>
        <translation>give the current password on the first line of standard input and the new one on the second.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <source>Set an administrator&apos;s new password with the recovery code (code, then new password, on standard input).</source>
        <translation>Set an administrator&apos;s new password with the recovery code (code, then new password, on standard input).</translation>
    </message>
    <message>
        <source>password recover needs --workspace DIR --user ADMIN --password-stdin, with the recovery code on the first line of standard input and the new password on the second.</source>
        <translation>password recover needs --workspace DIR --user ADMIN --password-stdin, with the recovery code on the first line of standard input and the new password on the second.</translation>
    </message>
    <message>
        <source>give the recovery code on the first line of standard input and the new password on the second.</source>
        <translation>give the recovery code on the first line of standard input and the new password on the second.</translation>
    </message>
    <message>
        <source>New password set for %1. The recovery code still works; rotate the key (key rotate) if it may have been seen.</source>
        <translation>New password set for %1. The recovery code still works; rotate the key (key rotate) if it may have been seen.</translation>
    </message>
    <message>
        <source>Hint: copies of %1&apos;s key slot in backups still open the trial with the current key. Run &quot;key rotate&quot; now to retire that key.</source>
        <translation>Hint: copies of %1&apos;s key slot in backups still open the trial with the current key. Run &quot;key rotate&quot; now to retire that key.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsCompleteCommand</name>
    <message>
        <source>Record that a planned visit took place (a date outside its window is flagged); audited.</source>
        <translation>Record that a planned visit took place (a date outside its window is flagged); audited.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>The visit code, e.g. M3.</source>
        <translation>The visit code, e.g. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day the visit took place (not in the future).</source>
        <translation>The day the visit took place (not in the future).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>visits complete needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD.</source>
        <translation>visits complete needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 recorded as completed on %3.</source>
        <translation>Visit %1 of %2 recorded as completed on %3.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsDueCommand</name>
    <message>
        <source>List the planned visits of a site whose target date falls in a period, by date then study ID.</source>
        <translation>List the planned visits of a site whose target date falls in a period, by date then study ID.</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>The site code, e.g. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>First day of the period.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Last day of the period (included).</source>
        <translation>Last day of the period (included).</translation>
    </message>
    <message>
        <source>Print JSON instead of a tab-separated table. Stable fields: site, from, to, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms). Dates are YYYY-MM-DD in the site&apos;s time zone.</source>
        <translation>Print JSON instead of a tab-separated table. Stable fields: site, from, to, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms). Dates are YYYY-MM-DD in the site&apos;s time zone.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD.</source>
        <translation>--%1 must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>visits due needs --site CODE --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>visits due needs --site CODE --from YYYY-MM-DD --to YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsExportIcsCommand</name>
    <message>
        <source>Write the planned visits of a site as an iCalendar file (RFC 5545): study IDs and visit codes only, no identifying data.</source>
        <translation>Write the planned visits of a site as an iCalendar file (RFC 5545): study IDs and visit codes only, no identifying data.</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>The site code, e.g. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>The .ics file to write.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>visits export-ics needs --site CODE --output FILE.</source>
        <translation>visits export-ics needs --site CODE --output FILE.</translation>
    </message>
    <message>
        <source>%1 visits written to %2.</source>
        <translation>%1 visits written to %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsMissCommand</name>
    <message>
        <source>Record that a planned visit was missed, with the reason; audited.</source>
        <translation>Record that a planned visit was missed, with the reason; audited.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>The visit code, e.g. M3.</source>
        <translation>The visit code, e.g. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why the visit was missed.</source>
        <translation>Why the visit was missed.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits miss needs --participant STUDY_ID --visit CODE --reason TEXT.</source>
        <translation>visits miss needs --participant STUDY_ID --visit CODE --reason TEXT.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 recorded as missed.</source>
        <translation>Visit %1 of %2 recorded as missed.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsOverdueCommand</name>
    <message>
        <source>List every planned visit of a site whose target date is before a day (late or out of window).</source>
        <translation>List every planned visit of a site whose target date is before a day (late or out of window).</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>The site code, e.g. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day to measure lateness from, usually today.</source>
        <translation>The day to measure lateness from, usually today.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Print JSON instead of a tab-separated table. Stable fields: site, as_of, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms, days_late, window_ended). days_late: days from the target date to as_of; window_ended: true when the window closed before as_of.</source>
        <translation>Print JSON instead of a tab-separated table. Stable fields: site, as_of, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms, days_late, window_ended). days_late: days from the target date to as_of; window_ended: true when the window closed before as_of.</translation>
    </message>
    <message>
        <source>visits overdue needs --site CODE --as-of YYYY-MM-DD.</source>
        <translation>visits overdue needs --site CODE --as-of YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsRescheduleCommand</name>
    <message>
        <source>Move a planned visit to another day (its window stays), with the reason; audited.</source>
        <translation>Move a planned visit to another day (its window stays), with the reason; audited.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>The visit code, e.g. M3.</source>
        <translation>The visit code, e.g. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The new day of the visit.</source>
        <translation>The new day of the visit.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Why the visit moves.</source>
        <translation>Why the visit moves.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>visits reschedule needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD --reason TEXT.</source>
        <translation>visits reschedule needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD --reason TEXT.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 moved to %3.</source>
        <translation>Visit %1 of %2 moved to %3.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::WithdrawCommand</name>
    <message>
        <source>Record a participant&apos;s withdrawal (from the intervention, follow-up or data use).</source>
        <translation>Record a participant&apos;s withdrawal (from the intervention, follow-up or data use).</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>The study ID, e.g. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>STUDY_ID</translation>
    </message>
    <message>
        <source>intervention, follow-up or data.</source>
        <translation>intervention, follow-up or data.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>SCOPE</translation>
    </message>
    <message>
        <source>Why the participant withdraws.</source>
        <translation>Why the participant withdraws.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The day of the withdrawal (default: today).</source>
        <translation>The day of the withdrawal (default: today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>withdraw needs --participant STUDY_ID --scope intervention|follow-up|data --reason TEXT.</source>
        <translation>withdraw needs --participant STUDY_ID --scope intervention|follow-up|data --reason TEXT.</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD.</source>
        <translation>--date must be a date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Withdrawal of %1 recorded.</source>
        <translation>Withdrawal of %1 recorded.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditCheckpoint</name>
    <message>
        <source>A checkpoint needs &quot;entries&quot; (a whole number) and &quot;head&quot; (64 lower-case hexadecimal digits).</source>
        <translation>A checkpoint needs &quot;entries&quot; (a whole number) and &quot;head&quot; (64 lower-case hexadecimal digits).</translation>
    </message>
    <message>
        <source>The checkpoint file %1 does not exist. Give the file in which checkpoints were saved (audit checkpoint --output), or an export or backup manifest.</source>
        <translation>The checkpoint file %1 does not exist. Give the file in which checkpoints were saved (audit checkpoint --output), or an export or backup manifest.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint file %1: %2.</source>
        <translation>Cannot read the checkpoint file %1: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a checkpoint file.</source>
        <translation>%1 is too large to be a checkpoint file.</translation>
    </message>
    <message>
        <source>The &quot;audit_chain&quot; of %1 is not a checkpoint: %2</source>
        <translation>The &quot;audit_chain&quot; of %1 is not a checkpoint: %2</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>it is not a JSON object.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checkpoint: %3 Give a file written by audit checkpoint, or an export or backup manifest.</source>
        <translation>Line %1 of %2 is not a checkpoint: %3 Give a file written by audit checkpoint, or an export or backup manifest.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, line %2</translation>
    </message>
    <message>
        <source>%1 holds no checkpoint. Give a file written by audit checkpoint, or an export or backup manifest.</source>
        <translation>%1 holds no checkpoint. Give a file written by audit checkpoint, or an export or backup manifest.</translation>
    </message>
    <message>
        <source>%1 exists and is not a checkpoint file: nothing was written. Give a new file or one written by audit checkpoint.</source>
        <translation>%1 exists and is not a checkpoint file: nothing was written. Give a new file or one written by audit checkpoint.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditService</name>
    <message>
        <source>The audit chain does not verify, so no checkpoint was saved: entry %1: %2</source>
        <translation>The audit chain does not verify, so no checkpoint was saved: entry %1: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditTrail</name>
    <message>
        <source>Audit entries %1 to %2 are missing: the chain jumps from entry %3 to entry %4.</source>
        <translation>Audit entries %1 to %2 are missing: the chain jumps from entry %3 to entry %4.</translation>
    </message>
    <message>
        <source>Audit entry %1 appears out of order.</source>
        <translation>Audit entry %1 appears out of order.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: its previous hash differs. Entries were removed, inserted or reordered.</source>
        <translation>Audit entry %1 does not follow entry %2: its previous hash differs. Entries were removed, inserted or reordered.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3, %4) does not match its hash: it was changed after it was written.</source>
        <translation>Audit entry %1 (%2, %3, %4) does not match its hash: it was changed after it was written.</translation>
    </message>
    <message>
        <source>Could not write the audit export: %1</source>
        <translation>Could not write the audit export: %1</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>Could not read the audit trail</translation>
    </message>
    <message>
        <source>the checkpoint</source>
        <translation>the checkpoint</translation>
    </message>
    <message>
        <source>the checkpoint of %1</source>
        <translation>the checkpoint of %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit entry %1 (%2) is dated before entry %3 (%4) by more than %n minute(s): the computer&apos;s clock was set back, or the entry was back-dated.</source>
        <translation>
            <numerusform>Audit entry %1 (%2) is dated before entry %3 (%4) by more than %n minute: the computer&apos;s clock was set back, or the entry was back-dated.</numerusform>
            <numerusform>Audit entry %1 (%2) is dated before entry %3 (%4) by more than %n minutes: the computer&apos;s clock was set back, or the entry was back-dated.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 no longer has the hash that %2 recorded: one of entries %3 to %1 was changed and the chain recomputed after that checkpoint, or the database was replaced by another copy.</source>
        <translation>Audit entry %1 no longer has the hash that %2 recorded: one of entries %3 to %1 was changed and the chain recomputed after that checkpoint, or the database was replaced by another copy.</translation>
    </message>
    <message>
        <source>The audit chain is shorter than a checkpoint: it has %1 entries, but %2 recorded %3. Entries were removed after it, or an older copy of the database was restored.</source>
        <translation>The audit chain is shorter than a checkpoint: it has %1 entries, but %2 recorded %3. Entries were removed after it, or an older copy of the database was restored.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::BackupService</name>
    <message>
        <source>Say why the backup is made (for example &quot;weekly&quot;).</source>
        <translation>Say why the backup is made (for example &quot;weekly&quot;).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the disk space and try again.</source>
        <translation>Cannot write %1: %2. Check the disk space and try again.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3.</source>
        <translation>Cannot copy %1 to %2: %3.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the drive or the share is connected and that you may write there.</source>
        <translation>Cannot create the backup folder %1. Check that the drive or the share is connected and that you may write there.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is damaged (integrity check: %1). Do not restore it; make a new backup.</source>
        <translation>The backup&apos;s database is damaged (integrity check: %1). Do not restore it; make a new backup.</translation>
    </message>
    <message>
        <source>There is no folder %1 to back up into. Connect the drive or the network share, or create the folder, then try again.</source>
        <translation>There is no folder %1 to back up into. Connect the drive or the network share, or create the folder, then try again.</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk backup (no %2 there). Give the backup&apos;s folder, as &quot;backup create&quot; printed it.</source>
        <translation>%1 is not a TrialDesk backup (no %2 there). Give the backup&apos;s folder, as &quot;backup create&quot; printed it.</translation>
    </message>
    <message>
        <source>Your password does not open this backup: a backup opens with the password you had when it was made (or with the recovery code of that time).</source>
        <translation>Your password does not open this backup: a backup opens with the password you had when it was made (or with the recovery code of that time).</translation>
    </message>
    <message>
        <source>The backup %1 has no key slot for %2: verify it as an administrator who had an account when it was made.</source>
        <translation>The backup %1 has no key slot for %2: verify it as an administrator who had an account when it was made.</translation>
    </message>
    <message>
        <source>The backup&apos;s database cannot be read with its own key: it is damaged (%1). Do not restore it; make a new backup.</source>
        <translation>The backup&apos;s database cannot be read with its own key: it is damaged (%1). Do not restore it; make a new backup.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not verify: %1</source>
        <translation>The backup&apos;s audit trail does not verify: %1</translation>
    </message>
    <message>
        <source>The backup has no manifest (%1): it was not finished, or was made by an older TrialDesk. Make a new backup.</source>
        <translation>The backup has no manifest (%1): it was not finished, or was made by an older TrialDesk. Make a new backup.</translation>
    </message>
    <message>
        <source>The live audit trail has only %1 entries, fewer than the backup&apos;s %2: the live trail was cut short or replaced since the backup. Compare them before restoring.</source>
        <translation>The live audit trail has only %1 entries, fewer than the backup&apos;s %2: the live trail was cut short or replaced since the backup. Compare them before restoring.</translation>
    </message>
    <message>
        <source>The live audit trail diverged from the backup: its entry %1 differs from the backup&apos;s last entry. One of them was altered; run &quot;audit verify&quot; on the live trial and compare before restoring.</source>
        <translation>The live audit trail diverged from the backup: its entry %1 differs from the backup&apos;s last entry. One of them was altered; run &quot;audit verify&quot; on the live trial and compare before restoring.</translation>
    </message>
    <message>
        <source>scheduled daily backup</source>
        <translation>scheduled daily backup</translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n backup(s)</source>
        <translation>
            <numerusform>keep the last %n backup</numerusform>
            <numerusform>keep the last %n backups</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not end where its manifest says (%1 entries now, %2 when the backup was made, or another last entry): the copy was changed since. Do not restore it.</source>
        <translation>The backup&apos;s audit trail does not end where its manifest says (%1 entries now, %2 when the backup was made, or another last entry): the copy was changed since. Do not restore it.</translation>
    </message>
    <message>
        <source>A trial server is backed up on the server, with PostgreSQL&apos;s own tools (pg_basebackup and its write-ahead log archive, or pg_dump): see docs/server.md.</source>
        <translation>A trial server is backed up on the server, with PostgreSQL&apos;s own tools (pg_basebackup and its write-ahead log archive, or pg_dump): see docs/server.md.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::CurrentProtocol</name>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>The trial has no protocol: the database is incomplete. Restore it from a backup.</translation>
    </message>
    <message>
        <source>protocol version %1 in the database</source>
        <translation>protocol version %1 in the database</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Database</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database key must be 32 bytes; this one has %1. The key slot is damaged or belongs to another program.</source>
        <translation>The database key must be 32 bytes; this one has %1. The key slot is damaged or belongs to another program.</translation>
    </message>
    <message>
        <source>A database connection named &quot;%1&quot; is already open. Close it before opening the trial again.</source>
        <translation>A database connection named &quot;%1&quot; is already open. Close it before opening the trial again.</translation>
    </message>
    <message>
        <source>The encrypted database driver QSQLCIPHER is not available. Reinstall TrialDesk.</source>
        <translation>The encrypted database driver QSQLCIPHER is not available. Reinstall TrialDesk.</translation>
    </message>
    <message>
        <source>The new database key must be 32 bytes; this one has %1.</source>
        <translation>The new database key must be 32 bytes; this one has %1.</translation>
    </message>
    <message>
        <source>The database key can only be changed on an open encrypted trial database.</source>
        <translation>The database key can only be changed on an open encrypted trial database.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DemoPopulator</name>
    <message>
        <source>This is not a demo trial: synthetic participants are only added to a demo trial.</source>
        <translation>This is not a demo trial: synthetic participants are only added to a demo trial.</translation>
    </message>
    <message>
        <source>The number of participants must be between 1 and 1,000,000.</source>
        <translation>The number of participants must be between 1 and 1,000,000.</translation>
    </message>
    <message>
        <source>The seed must be 1 to 64 hexadecimal digits.</source>
        <translation>The seed must be 1 to 64 hexadecimal digits.</translation>
    </message>
    <message>
        <source>The demo protocol has no site or no current consent form.</source>
        <translation>The demo protocol has no site or no current consent form.</translation>
    </message>
    <message>
        <source>The demo account %1 could not sign in (%2): this demo trial is incomplete.</source>
        <translation>The demo account %1 could not sign in (%2): this demo trial is incomplete.</translation>
    </message>
    <message>
        <source>The demo trial lacks its coordinator, investigator or assessor account.</source>
        <translation>The demo trial lacks its coordinator, investigator or assessor account.</translation>
    </message>
    <message>
        <source>Demo form %1 of %2: %3</source>
        <translation>Demo form %1 of %2: %3</translation>
    </message>
    <message>
        <source>Demo visit %1 of %2: %3</source>
        <translation>Demo visit %1 of %2: %3</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DemoWorkspace</name>
    <message>
        <source>Patient partners in chronic disease follow-up (demo)</source>
        <translation>Patient partners in chronic disease follow-up (demo)</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Demo administrator</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DesignService</name>
    <message>
        <source>A reason is required to change the randomization design: say why it changes.</source>
        <translation>A reason is required to change the randomization design: say why it changes.</translation>
    </message>
    <message>
        <source>The randomization design was not saved:
%1</source>
        <translation>The randomization design was not saved:
%1</translation>
    </message>
    <message>
        <source>The randomization design is locked since the first randomization (%1, by %2): changing it would change allocations already made. Only a new site may still be added.</source>
        <translation>The randomization design is locked since the first randomization (%1, by %2): changing it would change allocations already made. Only a new site may still be added.</translation>
    </message>
    <message>
        <source>Nothing to change in the randomization design.</source>
        <translation>Nothing to change in the randomization design.</translation>
    </message>
    <message>
        <source>as in version %1</source>
        <translation>as in version %1</translation>
    </message>
    <message>
        <source>There is no site %1: add the site first, then its level in the design.</source>
        <translation>There is no site %1: add the site first, then its level in the design.</translation>
    </message>
    <message>
        <source>The number of entries per stratum must be between 1 and %1.</source>
        <translation>The number of entries per stratum must be between 1 and %1.</translation>
    </message>
    <message>
        <source>Choose the file to write the allocation list to.</source>
        <translation>Choose the file to write the allocation list to.</translation>
    </message>
    <message>
        <source>The design uses minimization, whose allocations depend on the participants already randomized: there is no list to export in advance.</source>
        <translation>The design uses minimization, whose allocations depend on the participants already randomized: there is no list to export in advance.</translation>
    </message>
    <message>
        <source>On a trial server the seed never leaves the server: it cannot be shown, nor the allocation list computed, on a workstation.</source>
        <translation>On a trial server the seed never leaves the server: it cannot be shown, nor the allocation list computed, on a workstation.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DesignStore</name>
    <message>
        <source>the definition is not a JSON object</source>
        <translation>the definition is not a JSON object</translation>
    </message>
    <message>
        <source>the definition is not a TrialDesk design</source>
        <translation>the definition is not a TrialDesk design</translation>
    </message>
    <message>
        <source>the design was written by a newer TrialDesk; install the newer version</source>
        <translation>the design was written by a newer TrialDesk; install the newer version</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>unknown method &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The secure random source could not be initialised, so no seed was made. Try again; if this persists, check the system&apos;s random device.</source>
        <translation>The secure random source could not be initialised, so no seed was made. Try again; if this persists, check the system&apos;s random device.</translation>
    </message>
    <message>
        <source>There is no randomization design version %1.</source>
        <translation>There is no randomization design version %1.</translation>
    </message>
    <message>
        <source>Randomization design version %1 cannot be locked: the current version is %2. Randomize with the current design.</source>
        <translation>Randomization design version %1 cannot be locked: the current version is %2. Randomize with the current design.</translation>
    </message>
    <message>
        <source>The protocol&apos;s randomization design is not usable:
%1</source>
        <translation>The protocol&apos;s randomization design is not usable:
%1</translation>
    </message>
    <message>
        <source>A reason is required to change the randomization design.</source>
        <translation>A reason is required to change the randomization design.</translation>
    </message>
    <message>
        <source>The randomization design is not stratified by site, so site %1 needs no new level.</source>
        <translation>The randomization design is not stratified by site, so site %1 needs no new level.</translation>
    </message>
    <message>
        <source>Site %1 is already a level of the randomization design&apos;s site factor.</source>
        <translation>Site %1 is already a level of the randomization design&apos;s site factor.</translation>
    </message>
    <message>
        <source>The randomization design is locked and its site factor is not the first factor: adding site %1 would change the stratum of participants already randomized. Keep the site factor first in the protocol&apos;s stratification.</source>
        <translation>The randomization design is locked and its site factor is not the first factor: adding site %1 would change the stratum of participants already randomized. Keep the site factor first in the protocol&apos;s stratification.</translation>
    </message>
    <message>
        <source>The stored randomization design version %1 is damaged (%2). Restore the workspace from a backup.</source>
        <translation>The stored randomization design version %1 is damaged (%2). Restore the workspace from a backup.</translation>
    </message>
    <message>
        <source>the method column does not match the definition</source>
        <translation>the method column does not match the definition</translation>
    </message>
    <message>
        <source>This workspace has no randomization design yet. Ask the statistician or the administrator to create one.</source>
        <translation>This workspace has no randomization design yet. Ask the statistician or the administrator to create one.</translation>
    </message>
    <message>
        <source>change the randomization design</source>
        <translation>change the randomization design</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ElectronicSignature</name>
    <message>
        <source>I confirm eligibility and consent</source>
        <translation>I confirm eligibility and consent</translation>
    </message>
    <message>
        <source>I confirm the randomization was in error</source>
        <translation>I confirm the randomization was in error</translation>
    </message>
    <message>
        <source>%1 (%2), %3 UTC: %4</source>
        <extracomment>Electronic signature: printed name (user name), date and time in UTC: meaning</extracomment>
        <translation>%1 (%2), %3 UTC: %4</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::EnrollmentService</name>
    <message>
        <source>The participant&apos;s last and first names are required.</source>
        <translation>The participant&apos;s last and first names are required.</translation>
    </message>
    <message>
        <source>The participant&apos;s date of birth is required.</source>
        <translation>The participant&apos;s date of birth is required.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; is not an e-mail address.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number (digits, spaces, + ( ) - . only).</source>
        <translation>&quot;%1&quot; is not a telephone number (digits, spaces, + ( ) - . only).</translation>
    </message>
    <message>
        <source>The preferred language must be fr or en.</source>
        <translation>The preferred language must be fr or en.</translation>
    </message>
    <message>
        <source>Only an eligible person can be enrolled.</source>
        <translation>Only an eligible person can be enrolled.</translation>
    </message>
    <message>
        <source>The person is not eligible (criteria not satisfied: %1): nothing was recorded. Record the screening as not eligible instead.</source>
        <translation>The person is not eligible (criteria not satisfied: %1): nothing was recorded. Record the screening as not eligible instead.</translation>
    </message>
    <message>
        <source>There is no screening %1.</source>
        <translation>There is no screening %1.</translation>
    </message>
    <message>
        <source>Screening %1 did not find the person eligible: only eligible people are registered.</source>
        <translation>Screening %1 did not find the person eligible: only eligible people are registered.</translation>
    </message>
    <message>
        <source>Screening %1 is already registered as participant %2.</source>
        <translation>Screening %1 is already registered as participant %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stratification factor of the protocol.</source>
        <translation>&quot;%1&quot; is not a stratification factor of the protocol.</translation>
    </message>
    <message>
        <source>The stratum value %1=%2 disagrees with the screening&apos;s site %3.</source>
        <translation>The stratum value %1=%2 disagrees with the screening&apos;s site %3.</translation>
    </message>
    <message>
        <source>The stratification factor &quot;%1&quot; (%2) needs a value.</source>
        <translation>The stratification factor &quot;%1&quot; (%2) needs a value.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor %2 (levels: %3).</source>
        <translation>&quot;%1&quot; is not a level of factor %2 (levels: %3).</translation>
    </message>
    <message>
        <source>This RAMQ number is already registered as participant %1: a person is enrolled once.</source>
        <translation>This RAMQ number is already registered as participant %1: a person is enrolled once.</translation>
    </message>
    <message>
        <source>Participant %1 withdrew consent to the use of their data: record a new registration instead.</source>
        <translation>Participant %1 withdrew consent to the use of their data: record a new registration instead.</translation>
    </message>
    <message>
        <source>No identity is recorded for participant %1.</source>
        <translation>No identity is recorded for participant %1.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>A reason is required to change existing data.</translation>
    </message>
    <message>
        <source>Nothing to change in the identity of %1.</source>
        <translation>Nothing to change in the identity of %1.</translation>
    </message>
    <message>
        <source>The identity could not be saved; the RAMQ number may belong to another participant (%1).</source>
        <translation>The identity could not be saved; the RAMQ number may belong to another participant (%1).</translation>
    </message>
    <message>
        <source>The protocol has no current consent form version.</source>
        <translation>The protocol has no current consent form version.</translation>
    </message>
    <message>
        <source>Consent form version &quot;%1&quot; is not the current approved version (%2): only consent on the current form counts. Use form %2.</source>
        <translation>Consent form version &quot;%1&quot; is not the current approved version (%2): only consent on the current form counts. Use form %2.</translation>
    </message>
    <message>
        <source>The consent date must be a valid date, not in the future.</source>
        <translation>The consent date must be a valid date, not in the future.</translation>
    </message>
    <message>
        <source>The consent date %1 is before form %2 was approved (%3).</source>
        <translation>The consent date %1 is before form %2 was approved (%3).</translation>
    </message>
    <message>
        <source>The consent date %1 is before the screening (%2): check the dates.</source>
        <translation>The consent date %1 is before the screening (%2): check the dates.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active user of this trial: consent must be obtained by trial staff with an account.</source>
        <translation>&quot;%1&quot; is not an active user of this trial: consent must be obtained by trial staff with an account.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::FormDataService</name>
    <message>
        <source>Your role (%1) may not read form data. Ask the administrator if you need access.</source>
        <translation>Your role (%1) may not read form data. Ask the administrator if you need access.</translation>
    </message>
    <message>
        <source>There is no form entry %1. Check the entry number.</source>
        <translation>There is no form entry %1. Check the entry number.</translation>
    </message>
    <message>
        <source>There is no form %1. Check the form code (e.g. PHQ9).</source>
        <translation>There is no form %1. Check the form code (e.g. PHQ9).</translation>
    </message>
    <message>
        <source>Participant %1 has no visit %2. Check the visit code (e.g. M3).</source>
        <translation>Participant %1 has no visit %2. Check the visit code (e.g. M3).</translation>
    </message>
    <message>
        <source>There is no data query %1. Check the query number.</source>
        <translation>There is no data query %1. Check the query number.</translation>
    </message>
    <message>
        <source>Form %1 of participant %2 is not started.</source>
        <translation>Form %1 of participant %2 is not started.</translation>
    </message>
    <message>
        <source>Form %1 of participant %2 at visit %3 is not started.</source>
        <translation>Form %1 of participant %2 at visit %3 is not started.</translation>
    </message>
    <message>
        <source>form %1 version %2 in the workspace</source>
        <translation>form %1 version %2 in the workspace</translation>
    </message>
    <message>
        <source>The stored definition of form %1 version %2 cannot be read: %3 Restore the workspace from a backup.</source>
        <translation>The stored definition of form %1 version %2 cannot be read: %3 Restore the workspace from a backup.</translation>
    </message>
    <message>
        <source>There is no version %2 of form %1 in this workspace.</source>
        <translation>There is no version %2 of form %1 in this workspace.</translation>
    </message>
    <message>
        <source>Protocol version %1 is missing from the workspace. Restore it from a backup.</source>
        <translation>Protocol version %1 is missing from the workspace. Restore it from a backup.</translation>
    </message>
    <message>
        <source>protocol version %1 in the database</source>
        <translation>protocol version %1 in the database</translation>
    </message>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>The trial has no protocol: the database is incomplete. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Form entry %1 has an unknown state &quot;%2&quot;.</source>
        <translation>Form entry %1 has an unknown state &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized yet: forms are entered from randomization on.</source>
        <translation>Participant %1 is not randomized yet: forms are entered from randomization on.</translation>
    </message>
    <message>
        <source>Participant %1 was randomized in error: no data are collected.</source>
        <translation>Participant %1 was randomized in error: no data are collected.</translation>
    </message>
    <message>
        <source>Participant %1 withdrew consent to the use of their data: no data may be entered.</source>
        <translation>Participant %1 withdrew consent to the use of their data: no data may be entered.</translation>
    </message>
    <message>
        <source>Form %1 cannot be completed:</source>
        <translation>Form %1 cannot be completed:</translation>
    </message>
    <message>
        <source>Form %1 cannot be saved:</source>
        <translation>Form %1 cannot be saved:</translation>
    </message>
    <message>
        <source>Form %1 of %2 is locked: ask a monitor or the administrator to unlock it first.</source>
        <translation>Form %1 of %2 is locked: ask a monitor or the administrator to unlock it first.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is complete: give the reason for the change.</source>
        <translation>Form %1 of %2 is complete: give the reason for the change.</translation>
    </message>
    <message>
        <source>Nothing changed in form %1 of %2.</source>
        <translation>Nothing changed in form %1 of %2.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 is %3: no form can be entered for it.</source>
        <translation>Visit %1 of %2 is %3: no form can be entered for it.</translation>
    </message>
    <message>
        <source>Form %1 is not expected at visit %2.</source>
        <translation>Form %1 is not expected at visit %2.</translation>
    </message>
    <message>
        <source>Form %1 is entered once at visit %2.</source>
        <translation>Form %1 is entered once at visit %2.</translation>
    </message>
    <message>
        <source>Form %1 is entered at a visit: name the visit.</source>
        <translation>Form %1 is entered at a visit: name the visit.</translation>
    </message>
    <message>
        <source>Form %1 of %2 has no instance %3: the next one is %4.</source>
        <translation>Form %1 of %2 has no instance %3: the next one is %4.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already complete: edit it and give the reason for the change.</source>
        <translation>Form %1 of %2 is already complete: edit it and give the reason for the change.</translation>
    </message>
    <message>
        <source>Data query %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Data query %1 has an unknown status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Data query %1 is closed: raise a new query if the question remains.</source>
        <translation>Data query %1 is closed: raise a new query if the question remains.</translation>
    </message>
    <message>
        <source>Form %1 version %2 in this workspace differs from the bundled one: a changed form needs a new version number.</source>
        <translation>Form %1 version %2 in this workspace differs from the bundled one: a changed form needs a new version number.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already verified.</source>
        <translation>Form %1 of %2 is already verified.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is a draft: it can be verified once complete.</source>
        <translation>Form %1 of %2 is a draft: it can be verified once complete.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already locked.</source>
        <translation>Form %1 of %2 is already locked.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is a draft: it can be locked once complete.</source>
        <translation>Form %1 of %2 is a draft: it can be locked once complete.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is not locked.</source>
        <translation>Form %1 of %2 is not locked.</translation>
    </message>
    <message>
        <source>Give the reason for unlocking form %1 of %2.</source>
        <translation>Give the reason for unlocking form %1 of %2.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is still a draft: raise queries once it is complete.</source>
        <translation>Form %1 of %2 is still a draft: raise queries once it is complete.</translation>
    </message>
    <message>
        <source>Form %1 has no item &quot;%2&quot;.</source>
        <translation>Form %1 has no item &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Write the question for the site.</source>
        <translation>Write the question for the site.</translation>
    </message>
    <message>
        <source>Data query %1 is already answered: the monitor reviews the answer.</source>
        <translation>Data query %1 is already answered: the monitor reviews the answer.</translation>
    </message>
    <message>
        <source>Write the answer to the query.</source>
        <translation>Write the answer to the query.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <source>Data query %1 is already closed.</source>
        <translation>Data query %1 is already closed.</translation>
    </message>
    <message>
        <source>Write a note on how the query was resolved.</source>
        <translation>Write a note on how the query was resolved.</translation>
    </message>
    <message>
        <source>Form %1 of %2 has no data query %3: see query list --entry %4.</source>
        <translation>Form %1 of %2 has no data query %3: see query list --entry %4.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::FormEntry</name>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complete</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verified</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::KeyService</name>
    <message>
        <source>A reason is required to rotate the database key.</source>
        <translation>A reason is required to rotate the database key.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1. Check its permissions, then remove it by hand: it holds no key in force.</source>
        <translation>Could not remove the folder %1. Check its permissions, then remove it by hand: it holds no key in force.</translation>
    </message>
    <message>
        <source>The previous key rotation is not finished: its new recovery code was not confirmed as shown. Sign out and sign in again to finish it, then rotate the key.</source>
        <translation>The previous key rotation is not finished: its new recovery code was not confirmed as shown. Sign out and sign in again to finish it, then rotate the key.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the workspace folder&apos;s permissions and the disk space.</source>
        <translation>Cannot create %1. Check the workspace folder&apos;s permissions and the disk space.</translation>
    </message>
    <message>
        <source>%1 Neither the old nor the new key could be tested on the database. Do not delete the folder %2: signing in again finds the key in force and finishes or undoes the rotation.</source>
        <translation>%1 Neither the old nor the new key could be tested on the database. Do not delete the folder %2: signing in again finds the key in force and finishes or undoes the rotation.</translation>
    </message>
    <message>
        <source>The database key was changed but the rotation could not be completed: %1 Sign out and sign in again: that finishes it and shows a new recovery code. Do not delete the folder %2.</source>
        <translation>The database key was changed but the rotation could not be completed: %1 Sign out and sign in again: that finishes it and shows a new recovery code. Do not delete the folder %2.</translation>
    </message>
    <message>
        <source>A trial server has no database key of TrialDesk&apos;s to rotate: each user signs in with their own server password, and the server&apos;s disks are encrypted by its operating system (docs/server.md).</source>
        <translation>A trial server has no database key of TrialDesk&apos;s to rotate: each user signs in with their own server password, and the server&apos;s disks are encrypted by its operating system (docs/server.md).</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Migrations</name>
    <message>
        <source>This trial&apos;s database has schema version %1, newer than this program knows (%2). Install the newer TrialDesk that last opened it; nothing was changed.</source>
        <translation>This trial&apos;s database has schema version %1, newer than this program knows (%2). Install the newer TrialDesk that last opened it; nothing was changed.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>Schema migration %1 failed: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ParticipantRecords</name>
    <message>
        <source>There is no participant %1. Check the study ID (e.g. ICM-0001).</source>
        <translation>There is no participant %1. Check the study ID (e.g. ICM-0001).</translation>
    </message>
    <message>
        <source>Participant %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Participant %1 has an unknown status &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Your account works for site %1 only, not for site %2. Ask the administrator if you need access to other sites.</source>
        <translation>Your account works for site %1 only, not for site %2. Ask the administrator if you need access to other sites.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ParticipantService</name>
    <message>
        <source>Could not read the participants</source>
        <translation>Could not read the participants</translation>
    </message>
    <message>
        <source>The date must be a valid date, not in the future.</source>
        <translation>The date must be a valid date, not in the future.</translation>
    </message>
    <message>
        <source>The date %1 is before participant %2 was registered (%3).</source>
        <translation>The date %1 is before participant %2 was registered (%3).</translation>
    </message>
    <message>
        <source>Your role (%1) is blinded to the arm: it cannot filter participants by arm.</source>
        <translation>Your role (%1) is blinded to the arm: it cannot filter participants by arm.</translation>
    </message>
    <message>
        <source>A page holds 1 to 10,000 participants.</source>
        <translation>A page holds 1 to 10,000 participants.</translation>
    </message>
    <message>
        <source>Screened (%1)</source>
        <translation>Screened (%1)</translation>
    </message>
    <message>
        <source>Consent on form %1</source>
        <translation>Consent on form %1</translation>
    </message>
    <message>
        <source>Obtained by %1</source>
        <translation>Obtained by %1</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Registered as %1</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>Arm %1</translation>
    </message>
    <message>
        <source>Serious: %1</source>
        <translation>Serious: %1</translation>
    </message>
    <message>
        <source>A reason is required to mark a randomization in error.</source>
        <translation>A reason is required to mark a randomization in error.</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized.</source>
        <translation>Participant %1 is not randomized.</translation>
    </message>
    <message>
        <source>Participant %1 is already marked randomized in error.</source>
        <translation>Participant %1 is already marked randomized in error.</translation>
    </message>
    <message>
        <source>A reason is required to note a misclassification.</source>
        <translation>A reason is required to note a misclassification.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recorded stratification factor of participant %2.</source>
        <translation>&quot;%1&quot; is not a recorded stratification factor of participant %2.</translation>
    </message>
    <message>
        <source>The site of a participant is where they were screened: it cannot be misclassified.</source>
        <translation>The site of a participant is where they were screened: it cannot be misclassified.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor %2.</source>
        <translation>&quot;%1&quot; is not a level of factor %2.</translation>
    </message>
    <message>
        <source>%1=%2 is already the recorded value: nothing to note.</source>
        <translation>%1=%2 is already the recorded value: nothing to note.</translation>
    </message>
    <message>
        <source>A reason is required for a withdrawal.</source>
        <translation>A reason is required for a withdrawal.</translation>
    </message>
    <message>
        <source>Participant %1 is already &quot;%2&quot;: a withdrawal can only go further.</source>
        <translation>Participant %1 is already &quot;%2&quot;: a withdrawal can only go further.</translation>
    </message>
    <message>
        <source>Participant %1 was randomized in error: there is nothing to withdraw from.</source>
        <translation>Participant %1 was randomized in error: there is nothing to withdraw from.</translation>
    </message>
    <message>
        <source>Say how contact was lost (the attempts made).</source>
        <translation>Say how contact was lost (the attempts made).</translation>
    </message>
    <message>
        <source>Participant %1 is &quot;%2&quot;: only a randomized participant still followed can be lost to follow-up.</source>
        <translation>Participant %1 is &quot;%2&quot;: only a randomized participant still followed can be lost to follow-up.</translation>
    </message>
    <message>
        <source>Describe the protocol deviation.</source>
        <translation>Describe the protocol deviation.</translation>
    </message>
    <message>
        <source>An adverse event needs a description and an outcome.</source>
        <translation>An adverse event needs a description and an outcome.</translation>
    </message>
    <message>
        <source>The end date must be on or after the onset and not in the future.</source>
        <translation>The end date must be on or after the onset and not in the future.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::PrivateFile</name>
    <message>
        <source>Could not create %1: %2. Nothing was written; choose another name or folder.</source>
        <translation>Could not create %1: %2. Nothing was written; choose another name or folder.</translation>
    </message>
    <message>
        <source>Could not create %1: something with that name already exists (a file, a folder or a link). Nothing was written; choose another name.</source>
        <translation>Could not create %1: something with that name already exists (a file, a folder or a link). Nothing was written; choose another name.</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Nothing was written; check the folder and try again.</source>
        <translation>Could not create %1: %2. Nothing was written; check the folder and try again.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the disk space and try again.</source>
        <translation>Could not write %1: %2. Check the disk space and try again.</translation>
    </message>
    <message>
        <source>Could not flush %1 to the disk. Check the disk and try again.</source>
        <translation>Could not flush %1 to the disk. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Could not flush %1 to the disk: %2. Check the disk and try again.</source>
        <translation>Could not flush %1 to the disk: %2. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Could not open the folder %1 to flush it: %2. Check the folder and try again.</source>
        <translation>Could not open the folder %1 to flush it: %2. Check the folder and try again.</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to the disk: %2. Check the disk and try again.</source>
        <translation>Could not flush the folder %1 to the disk: %2. Check the disk and try again.</translation>
    </message>
    <message>
        <source>Could not put %1 in place. Nothing was changed; check the folder and try again.</source>
        <translation>Could not put %1 in place. Nothing was changed; check the folder and try again.</translation>
    </message>
    <message>
        <source>Could not put %1 in place: %2. Nothing was changed; check the folder and try again.</source>
        <translation>Could not put %1 in place: %2. Nothing was changed; check the folder and try again.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write.</source>
        <translation>%1 is a folder: give the name of a file to write.</translation>
    </message>
    <message>
        <source>Could not create a temporary file beside %1. Check the folder and try again.</source>
        <translation>Could not create a temporary file beside %1. Check the folder and try again.</translation>
    </message>
    <message>
        <source>Could not write %1: the file was not opened.</source>
        <translation>Could not write %1: the file was not opened.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; check the disk space and try again.</source>
        <translation>Could not write %1: %2. Nothing was written; check the disk space and try again.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation>Could not write %1: the folder %2 does not exist. Create it or choose another folder.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Protocol</name>
    <message>
        <source>Invalid protocol %1: not valid JSON at byte %2 (%3).</source>
        <translation>Invalid protocol %1: not valid JSON at byte %2 (%3).</translation>
    </message>
    <message>
        <source>Invalid protocol %1: the top level must be an object.</source>
        <translation>Invalid protocol %1: the top level must be an object.</translation>
    </message>
    <message>
        <source>must be &quot;trialdesk-protocol&quot;</source>
        <translation>must be &quot;trialdesk-protocol&quot;</translation>
    </message>
    <message>
        <source>Protocol %1 uses format version %2, newer than this program knows (%3).</source>
        <translation>Protocol %1 uses format version %2, newer than this program knows (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code (2 to 8 capital letters or digits, starting with a letter)</source>
        <translation>&quot;%1&quot; is not a site code (2 to 8 capital letters or digits, starting with a letter)</translation>
    </message>
    <message>
        <source>a trial needs at least two arms</source>
        <translation>a trial needs at least two arms</translation>
    </message>
    <message>
        <source>only one factor can be the site</source>
        <translation>only one factor can be the site</translation>
    </message>
    <message>
        <source>must be &quot;blocks&quot; or &quot;minimization&quot;</source>
        <translation>must be &quot;blocks&quot; or &quot;minimization&quot;</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100 is required</source>
        <translation>a whole number from 1 to 100 is required</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 appears twice</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required</source>
        <translation>a date YYYY-MM-DD is required</translation>
    </message>
    <message>
        <source>exactly one consent form version must be current</source>
        <translation>exactly one consent form version must be current</translation>
    </message>
    <message>
        <source>Cannot read the protocol file %1: %2.</source>
        <translation>Cannot read the protocol file %1: %2.</translation>
    </message>
    <message>
        <source>Invalid protocol %1, field &quot;%2&quot;: %3</source>
        <translation>Invalid protocol %1, field &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation>a non-empty text is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code (1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>&quot;%1&quot; is not a valid code (1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;)</translation>
    </message>
    <message>
        <source>a whole number of at least %1 is required</source>
        <translation>a whole number of at least %1 is required</translation>
    </message>
    <message>
        <source>an object with &quot;fr&quot; and &quot;en&quot; texts is required</source>
        <translation>an object with &quot;fr&quot; and &quot;en&quot; texts is required</translation>
    </message>
    <message>
        <source>a non-empty list is required</source>
        <translation>a non-empty list is required</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>a list is required</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>an object is required</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>&quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>must be &quot;randomization&quot; or the code of an earlier visit, not &quot;%1&quot;</source>
        <translation>must be &quot;randomization&quot; or the code of an earlier visit, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arm of the protocol</source>
        <translation>&quot;%1&quot; is not an arm of the protocol</translation>
    </message>
    <message>
        <source>%1 months is longer than the %2 a recruitment period may last</source>
        <translation>%1 months is longer than the %2 a recruitment period may last</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ProtocolService</name>
    <message>
        <source>The amendment changes the arms (%1 becomes %2): arms and their weights never change during a trial, since recorded allocations refer to them. Keep the arms as they are.</source>
        <translation>The amendment changes the arms (%1 becomes %2): arms and their weights never change during a trial, since recorded allocations refer to them. Keep the arms as they are.</translation>
    </message>
    <message>
        <source>The amendment changes the stratification factors (%1 becomes %2): recorded stratum values refer to them. Keep the same factors in the same order.</source>
        <translation>The amendment changes the stratification factors (%1 becomes %2): recorded stratum values refer to them. Keep the same factors in the same order.</translation>
    </message>
    <message>
        <source>The amendment changes the levels of factor %1 (%2 becomes %3): existing levels keep their codes and order; new levels may only be added at the end.</source>
        <translation>The amendment changes the levels of factor %1 (%2 becomes %3): existing levels keep their codes and order; new levels may only be added at the end.</translation>
    </message>
    <message>
        <source>The amendment names the sites %1 but the trial&apos;s sites are %2. Add a new site in Administration first, then amend the protocol with exactly the trial&apos;s sites; a site is never removed.</source>
        <translation>The amendment names the sites %1 but the trial&apos;s sites are %2. Add a new site in Administration first, then amend the protocol with exactly the trial&apos;s sites; a site is never removed.</translation>
    </message>
    <message>
        <source>The amendment removes consent form version %1, on which %2 consent(s) were recorded. Keep it in consent_forms (not current) so recorded consents keep their meaning.</source>
        <translation>The amendment removes consent form version %1, on which %2 consent(s) were recorded. Keep it in consent_forms (not current) so recorded consents keep their meaning.</translation>
    </message>
    <message>
        <source>The amendment removes eligibility criterion %1, answered in %2 screening(s). Keep the criterion so recorded screenings keep their meaning.</source>
        <translation>The amendment removes eligibility criterion %1, answered in %2 screening(s). Keep the criterion so recorded screenings keep their meaning.</translation>
    </message>
    <message>
        <source>The randomization design is locked since the first randomization (%1, by %2): this amendment would change its method, block sizes or the stratum of participants already randomized. Keep the randomization section and the existing levels as they are.</source>
        <translation>The randomization design is locked since the first randomization (%1, by %2): this amendment would change its method, block sizes or the stratum of participants already randomized. Keep the randomization section and the existing levels as they are.</translation>
    </message>
    <message>
        <source>The amended randomization design is not usable:
%1</source>
        <translation>The amended randomization design is not usable:
%1</translation>
    </message>
    <message>
        <source>protocol version %1: %2</source>
        <translation>protocol version %1: %2</translation>
    </message>
    <message>
        <source>as in version %1</source>
        <translation>as in version %1</translation>
    </message>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>The trial has no protocol: the database is incomplete. Restore it from a backup.</translation>
    </message>
    <message>
        <source>There is no protocol version %1.</source>
        <translation>There is no protocol version %1.</translation>
    </message>
    <message>
        <source>A reason is required to amend the protocol: say why it changes (e.g. the ethics approval of the amendment).</source>
        <translation>A reason is required to amend the protocol: say why it changes (e.g. the ethics approval of the amendment).</translation>
    </message>
    <message>
        <source>%1 is identical to the current protocol (version %2): there is nothing to amend.</source>
        <translation>%1 is identical to the current protocol (version %2): there is nothing to amend.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RamqNumber</name>
    <message>
        <source>&quot;%1&quot; is not a RAMQ number: it has 4 letters then 8 digits, e.g. TREM 6401 0112.</source>
        <translation>&quot;%1&quot; is not a RAMQ number: it has 4 letters then 8 digits, e.g. TREM 6401 0112.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not hold a valid birth date (digits 5 to 10 are YYMMDD, with 50 added to the month for women). Check the card.</source>
        <translation>The RAMQ number %1 does not hold a valid birth date (digits 5 to 10 are YYMMDD, with 50 added to the month for women). Check the card.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not match the date of birth %2. Check both on the card.</source>
        <translation>The RAMQ number %1 does not match the date of birth %2. Check both on the card.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 codes the other sex than the one recorded at screening (the month has 50 added for women). Check the card and the screening.</source>
        <translation>The RAMQ number %1 codes the other sex than the one recorded at screening (the month has 50 added for women). Check the card and the screening.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not start with the initials of %2 %3 (3 letters of the last name, then the first name&apos;s initial). Check the card and the names.</source>
        <translation>The RAMQ number %1 does not start with the initials of %2 %3 (3 letters of the last name, then the first name&apos;s initial). Check the card and the names.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationLogService</name>
    <message>
        <source>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</source>
        <translation>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</translation>
    </message>
    <message>
        <source>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</source>
        <translation>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</translation>
    </message>
    <message>
        <source>Could not write the randomization log to %1 (%2). Check the disk and try again.</source>
        <translation>Could not write the randomization log to %1 (%2). Check the disk and try again.</translation>
    </message>
    <message>
        <source>Design version %1 is not a valid blocks design (%2): the entry cannot be checked.</source>
        <translation>Design version %1 is not a valid blocks design (%2): the entry cannot be checked.</translation>
    </message>
    <message>
        <source>its method is minimization</source>
        <translation>its method is minimization</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 of the stream lineage of design version %3 was allocated more than once: this participant received an allocation already handed out.</source>
        <translation>Stratum %1, sequence %2 of the stream lineage of design version %3 was allocated more than once: this participant received an allocation already handed out.</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>the seed</translation>
    </message>
    <message>
        <source>the arms or their weights</source>
        <translation>the arms or their weights</translation>
    </message>
    <message>
        <source>the block multiples</source>
        <translation>the block multiples</translation>
    </message>
    <message>
        <source>the method</source>
        <translation>the method</translation>
    </message>
    <message>
        <source>Design version %1 does not exist: the entry cannot be checked.</source>
        <translation>Design version %1 does not exist: the entry cannot be checked.</translation>
    </message>
    <message>
        <source>Design version %1 changed %2: it starts new streams, and every stratum&apos;s sequence starts again at 1.</source>
        <translation>Design version %1 changed %2: it starts new streams, and every stratum&apos;s sequence starts again at 1.</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 is not a position of the design&apos;s stream: the entry cannot be checked.</source>
        <translation>Stratum %1, sequence %2 is not a position of the design&apos;s stream: the entry cannot be checked.</translation>
    </message>
    <message>
        <source>check the randomization log</source>
        <translation>check the randomization log</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationService</name>
    <message>
        <source>The current design uses minimization, which this version randomizes only in simulation. Ask the statistician for a blocks design.</source>
        <translation>The current design uses minimization, which this version randomizes only in simulation. Ask the statistician for a blocks design.</translation>
    </message>
    <message>
        <source>Participant %1 is already randomized: a participant is randomized once.</source>
        <translation>Participant %1 is already randomized: a participant is randomized once.</translation>
    </message>
    <message>
        <source>Participant %1 cannot be randomized: their status is &quot;%2&quot;.</source>
        <translation>Participant %1 cannot be randomized: their status is &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Participant %1 was not found eligible at screening: they cannot be randomized.</source>
        <translation>Participant %1 was not found eligible at screening: they cannot be randomized.</translation>
    </message>
    <message>
        <source>Participant %1 has no recorded consent: record the consent first.</source>
        <translation>Participant %1 has no recorded consent: record the consent first.</translation>
    </message>
    <message>
        <source>Participant %1 consented on form %2, but the protocol now requires consent on form %3: record the re-consent first.</source>
        <translation>Participant %1 consented on form %2, but the protocol now requires consent on form %3: record the re-consent first.</translation>
    </message>
    <message>
        <source>Participant %1 has no recorded value for the stratification factor &quot;%2&quot; of the current design: the design and the registration disagree. Ask the statistician.</source>
        <translation>Participant %1 has no recorded value for the stratification factor &quot;%2&quot; of the current design: the design and the registration disagree. Ask the statistician.</translation>
    </message>
    <message>
        <source>The recorded value %1=%2 of participant %3 is not a level of the current design (the site or level may have been added after the design was made). Ask the statistician to amend the design.</source>
        <translation>The recorded value %1=%2 of participant %3 is not a level of the current design (the site or level may have been added after the design was made). Ask the statistician to amend the design.</translation>
    </message>
    <message>
        <source>The stratum of participant %1 is out of the design&apos;s range.</source>
        <translation>The stratum of participant %1 is out of the design&apos;s range.</translation>
    </message>
    <message>
        <source>Participant %1 has no randomization to plan visits from.</source>
        <translation>Participant %1 has no randomization to plan visits from.</translation>
    </message>
    <message>
        <source>The randomization design history does not contain the current version %1: the database is damaged. Restore it from a backup.</source>
        <translation>The randomization design history does not contain the current version %1: the database is damaged. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Could not read the stratum&apos;s last allocation.</source>
        <translation>Could not read the stratum&apos;s last allocation.</translation>
    </message>
    <message>
        <source>A randomization needs your own electronic signature confirming eligibility and consent.</source>
        <translation>A randomization needs your own electronic signature confirming eligibility and consent.</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>randomize participants</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ScreeningService</name>
    <message>
        <source>&quot;%1&quot; is not an eligibility criterion of the protocol (known: %2).</source>
        <translation>&quot;%1&quot; is not an eligibility criterion of the protocol (known: %2).</translation>
    </message>
    <message>
        <source>The person is not eligible: criteria %1 are not satisfied. Record the screening as not eligible.</source>
        <translation>The person is not eligible: criteria %1 are not satisfied. Record the screening as not eligible.</translation>
    </message>
    <message>
        <source>Eligibility criteria %1 are not answered: answer every criterion of the checklist.</source>
        <translation>Eligibility criteria %1 are not answered: answer every criterion of the checklist.</translation>
    </message>
    <message>
        <source>Say why the person is not eligible: a failed criterion or a reason.</source>
        <translation>Say why the person is not eligible: a failed criterion or a reason.</translation>
    </message>
    <message>
        <source>A reason is required when the person declines or is not enrolled for another reason.</source>
        <translation>A reason is required when the person declines or is not enrolled for another reason.</translation>
    </message>
    <message>
        <source>There is no site %1 in this trial.</source>
        <translation>There is no site %1 in this trial.</translation>
    </message>
    <message>
        <source>Site %1 is deactivated: it cannot screen. Ask the administrator.</source>
        <translation>Site %1 is deactivated: it cannot screen. Ask the administrator.</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130 years.</source>
        <translation>The age must be between 0 and 130 years.</translation>
    </message>
    <message>
        <source>The sex must be F, M or X (another or undisclosed).</source>
        <translation>The sex must be F, M or X (another or undisclosed).</translation>
    </message>
    <message>
        <source>There is no screening %1.</source>
        <translation>There is no screening %1.</translation>
    </message>
    <message>
        <source>The screening date must not be in the future.</source>
        <translation>The screening date must not be in the future.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ServerAccounts</name>
    <message>
        <source>Accounts on a trial server need an open server connection.</source>
        <translation>Accounts on a trial server need an open server connection.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>A reason is required to change existing data.</translation>
    </message>
    <message>
        <source>Could not prepare the password for the server (%1).</source>
        <translation>Could not prepare the password for the server (%1).</translation>
    </message>
    <message>
        <source>change this trial&apos;s accounts</source>
        <translation>change this trial&apos;s accounts</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ServerAddress</name>
    <message>
        <source>Give the trial server as a connection string, for example &quot;host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt&quot;.</source>
        <translation>Give the trial server as a connection string, for example &quot;host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt&quot;.</translation>
    </message>
    <message>
        <source>Give the trial server as keyword=value pairs (host=... dbname=...), not as a URI.</source>
        <translation>Give the trial server as keyword=value pairs (host=... dbname=...), not as a URI.</translation>
    </message>
    <message>
        <source>The trial server&apos;s connection string cannot be read: %1</source>
        <translation>The trial server&apos;s connection string cannot be read: %1</translation>
    </message>
    <message>
        <source>The connection string must not hold a password (%1): each user types their own when signing in.</source>
        <translation>The connection string must not hold a password (%1): each user types their own when signing in.</translation>
    </message>
    <message>
        <source>The value of %1 in the connection string contains &quot;;&quot;, which TrialDesk cannot pass on. Move the file or rename it.</source>
        <translation>The value of %1 in the connection string contains &quot;;&quot;, which TrialDesk cannot pass on. Move the file or rename it.</translation>
    </message>
    <message>
        <source>The connection string needs the trial&apos;s database: add dbname=NAME.</source>
        <translation>The connection string needs the trial&apos;s database: add dbname=NAME.</translation>
    </message>
    <message>
        <source>Connections to a trial server must check its certificate: add sslmode=verify-full and sslrootcert=FILE (the certificate authority that signed the server&apos;s certificate), or connect through a local socket (host=/path).</source>
        <translation>Connections to a trial server must check its certificate: add sslmode=verify-full and sslrootcert=FILE (the certificate authority that signed the server&apos;s certificate), or connect through a local socket (host=/path).</translation>
    </message>
    <message>
        <source>The connection string needs the server: add host=NAME.</source>
        <translation>The connection string needs the server: add host=NAME.</translation>
    </message>
    <message>
        <source>The trial server refused the user name or password, or the account is deactivated (server: %1).</source>
        <translation>The trial server refused the user name or password, or the account is deactivated (server: %1).</translation>
    </message>
    <message>
        <source>Cannot reach the trial server %1: %2. Check the network and the server&apos;s address, then try again.</source>
        <translation>Cannot reach the trial server %1: %2. Check the network and the server&apos;s address, then try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ServerRefusal</name>
    <message>
        <source>The trial server does not let you %1: %2.</source>
        <translation>The trial server does not let you %1: %2.</translation>
    </message>
    <message>
        <source>The trial server refused to %1: %2.</source>
        <translation>The trial server refused to %1: %2.</translation>
    </message>
    <message>
        <source>The trial server cannot %1: %2.</source>
        <translation>The trial server cannot %1: %2.</translation>
    </message>
    <message>
        <source>The trial server found the trial&apos;s data inconsistent and did not %1: %2. Nothing was changed; tell the trial&apos;s data manager.</source>
        <translation>The trial server found the trial&apos;s data inconsistent and did not %1: %2. Nothing was changed; tell the trial&apos;s data manager.</translation>
    </message>
    <message>
        <source>The trial server could not %1 (%2). Nothing was changed; check the connection and try again.</source>
        <translation>The trial server could not %1 (%2). Nothing was changed; check the connection and try again.</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost (%1). Nothing more was changed: try again when the server answers.</source>
        <translation>The connection to the trial server was lost (%1). Nothing more was changed: try again when the server answers.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SettingsService</name>
    <message>
        <source>The idle lock delay must be between 1 and 240 minutes.</source>
        <translation>The idle lock delay must be between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>A reason is required to change existing data.</translation>
    </message>
    <message>
        <source>Allow 1 to 100 failed logins before a lockout of 1 to 1440 minutes.</source>
        <translation>Allow 1 to 100 failed logins before a lockout of 1 to 1440 minutes.</translation>
    </message>
    <message>
        <source>The backup folder must be a full path (for example /media/backup/trial or //server/share/trial), not %1.</source>
        <translation>The backup folder must be a full path (for example /media/backup/trial or //server/share/trial), not %1.</translation>
    </message>
    <message>
        <source>There is no folder %1. Connect the drive or the network share, or create the folder, then try again.</source>
        <translation>There is no folder %1. Connect the drive or the network share, or create the folder, then try again.</translation>
    </message>
    <message>
        <source>You may not write into %1. Choose a folder you may write into.</source>
        <translation>You may not write into %1. Choose a folder you may write into.</translation>
    </message>
    <message>
        <source>Keep from %1 to %2 backups.</source>
        <translation>Keep from %1 to %2 backups.</translation>
    </message>
    <message>
        <source>Warn when the last backup is %1 to %2 days old.</source>
        <translation>Warn when the last backup is %1 to %2 days old.</translation>
    </message>
    <message>
        <source>The backup schedule is already set this way.</source>
        <translation>The backup schedule is already set this way.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SiteService</name>
    <message>
        <source>There is already a site %1.</source>
        <translation>There is already a site %1.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>A reason is required to change existing data.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>There is no site %1.</translation>
    </message>
    <message>
        <source>Nothing to change for site %1.</source>
        <translation>Nothing to change for site %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code: use 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>&quot;%1&quot; is not a site code: use 2 to 8 capital letters or digits, starting with a letter.</translation>
    </message>
    <message>
        <source>A site needs its name in French and in English.</source>
        <translation>A site needs its name in French and in English.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (e.g. America/Toronto).</source>
        <translation>&quot;%1&quot; is not a known time zone (e.g. America/Toronto).</translation>
    </message>
    <message>
        <source>site %1 added</source>
        <translation>site %1 added</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SqlCipherDriver</name>
    <message>
        <source>The encrypted database takes its key through SqlCipherDriver::setKey(), not as a password. Open it with openEncryptedDatabase().</source>
        <translation>The encrypted database takes its key through SqlCipherDriver::setKey(), not as a password. Open it with openEncryptedDatabase().</translation>
    </message>
    <message>
        <source>No 32-byte database key was given for %1. Unlock the trial with your password first.</source>
        <translation>No 32-byte database key was given for %1. Unlock the trial with your password first.</translation>
    </message>
    <message>
        <source>The encrypted database needs a file name. Give the path of the trial database.</source>
        <translation>The encrypted database needs a file name. Give the path of the trial database.</translation>
    </message>
    <message>
        <source>The trial database %1 does not exist. Check the workspace folder, or restore the database from a backup.</source>
        <translation>The trial database %1 does not exist. Check the workspace folder, or restore the database from a backup.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted: it is a plain SQLite file, not a TrialDesk trial database. Open the trial&apos;s own workspace.</source>
        <translation>The database %1 is not encrypted: it is a plain SQLite file, not a TrialDesk trial database. Open the trial&apos;s own workspace.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a TrialDesk trial database. Restore the database from a backup.</source>
        <translation>The file %1 is empty: it is not a TrialDesk trial database. Restore the database from a backup.</translation>
    </message>
    <message>
        <source>Could not open the database file %1. Check that the folder exists and that you may read and write it.</source>
        <translation>Could not open the database file %1. Check that the folder exists and that you may read and write it.</translation>
    </message>
    <message>
        <source>This program was linked against SQLite without encryption, so it refuses to open trial data. Install TrialDesk with its SQLCipher library.</source>
        <translation>This program was linked against SQLite without encryption, so it refuses to open trial data. Install TrialDesk with its SQLCipher library.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read with this key (file is encrypted or is not a database): it was encrypted with another key, or it is not a TrialDesk database.</source>
        <translation>The database %1 cannot be read with this key (file is encrypted or is not a database): it was encrypted with another key, or it is not a TrialDesk database.</translation>
    </message>
    <message>
        <source>Could not read the database %1.</source>
        <translation>Could not read the database %1.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging.</source>
        <translation>Could not switch the database %1 to write-ahead logging.</translation>
    </message>
    <message>
        <source>Could not enable full synchronous writes.</source>
        <translation>Could not enable full synchronous writes.</translation>
    </message>
    <message>
        <source>Could not enable foreign key checks.</source>
        <translation>Could not enable foreign key checks.</translation>
    </message>
    <message>
        <source>The busy timeout &quot;%1&quot; is not a number of milliseconds.</source>
        <translation>The busy timeout &quot;%1&quot; is not a number of milliseconds.</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;. The driver knows %2=&lt;milliseconds&gt; and %3.</source>
        <translation>Unknown connection option &quot;%1&quot;. The driver knows %2=&lt;milliseconds&gt; and %3.</translation>
    </message>
    <message>
        <source>SQLCipher refused the database key. This program needs a SQLite library with encryption.</source>
        <translation>SQLCipher refused the database key. This program needs a SQLite library with encryption.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>The database is not open.</translation>
    </message>
    <message>
        <source>The journal mode stayed &quot;%1&quot;. Close every other program or window using this trial, then try again.</source>
        <translation>The journal mode stayed &quot;%1&quot;. Close every other program or window using this trial, then try again.</translation>
    </message>
    <message>
        <source>Could not start a transaction: another user or program is writing to the trial database. Try again in a moment.</source>
        <translation>Could not start a transaction: another user or program is writing to the trial database. Try again in a moment.</translation>
    </message>
    <message>
        <source>Could not commit the transaction; nothing of it was saved.</source>
        <translation>Could not commit the transaction; nothing of it was saved.</translation>
    </message>
    <message>
        <source>Could not roll the transaction back.</source>
        <translation>Could not roll the transaction back.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Could not change the database key.</translation>
    </message>
    <message>
        <source>The new key must be 32 bytes.</source>
        <translation>The new key must be 32 bytes.</translation>
    </message>
    <message>
        <source>A transaction is open. Finish it first.</source>
        <translation>A transaction is open. Finish it first.</translation>
    </message>
    <message>
        <source>Could not change the database key; the old key still opens the database.</source>
        <translation>Could not change the database key; the old key still opens the database.</translation>
    </message>
    <message>
        <source>Could not switch the database back to write-ahead logging.</source>
        <translation>Could not switch the database back to write-ahead logging.</translation>
    </message>
    <message>
        <source>Could not prepare the SQL statement.</source>
        <translation>Could not prepare the SQL statement.</translation>
    </message>
    <message>
        <source>The SQL statement is empty.</source>
        <translation>The SQL statement is empty.</translation>
    </message>
    <message>
        <source>Only one SQL statement can run at a time. Run each statement separately.</source>
        <translation>Only one SQL statement can run at a time. Run each statement separately.</translation>
    </message>
    <message>
        <source>There is no prepared SQL statement to execute.</source>
        <translation>There is no prepared SQL statement to execute.</translation>
    </message>
    <message>
        <source>Could not execute the SQL statement.</source>
        <translation>Could not execute the SQL statement.</translation>
    </message>
    <message>
        <source>No value was bound for the placeholder %1. Bind a value to every placeholder; a statement uses either positional (?) or named (:name) placeholders, not both.</source>
        <translation>No value was bound for the placeholder %1. Bind a value to every placeholder; a statement uses either positional (?) or named (:name) placeholders, not both.</translation>
    </message>
    <message>
        <source>More values were bound than the statement has placeholders (%1 has no placeholder). Check the values bound to the query.</source>
        <translation>More values were bound than the statement has placeholders (%1 has no placeholder). Check the values bound to the query.</translation>
    </message>
    <message>
        <source>Values were bound to a statement without placeholders. Check the query.</source>
        <translation>Values were bound to a statement without placeholders. Check the query.</translation>
    </message>
    <message>
        <source>The value %1 is too large for a 64-bit signed integer column.</source>
        <translation>The value %1 is too large for a 64-bit signed integer column.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored in the database.</source>
        <translation>A value of type %1 cannot be stored in the database.</translation>
    </message>
    <message>
        <source>Could not bind a value to the SQL statement.</source>
        <translation>Could not bind a value to the SQL statement.</translation>
    </message>
    <message>
        <source>Could not read the next row of the result.</source>
        <translation>Could not read the next row of the result.</translation>
    </message>
    <message>
        <source>Could not set the size of the page cache.</source>
        <translation>Could not set the size of the page cache.</translation>
    </message>
    <message>
        <source>The database key was changed but the database could not be read back with it; check which key opens the file.</source>
        <translation>The database key was changed but the database could not be read back with it; check which key opens the file.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SqlUtil</name>
    <message>
        <source>%1 (database error: %2)</source>
        <translation>%1 (database error: %2)</translation>
    </message>
    <message>
        <source>Could not prepare a query</source>
        <translation>Could not prepare a query</translation>
    </message>
    <message>
        <source>Could not run a query</source>
        <translation>Could not run a query</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Transaction</name>
    <message>
        <source>Could not start a database transaction (%1). Another program may be writing to the trial; try again.</source>
        <translation>Could not start a database transaction (%1). Another program may be writing to the trial; try again.</translation>
    </message>
    <message>
        <source>Could not save the change (%1). Nothing was recorded; try again.</source>
        <translation>Could not save the change (%1). Nothing was recorded; try again.</translation>
    </message>
    <message>
        <source>The trial server did not confirm the change (%1): it may or may not have been recorded. Look before you try again.</source>
        <translation>The trial server did not confirm the change (%1): it may or may not have been recorded. Look before you try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::TrialSession</name>
    <message>
        <source>There is no account %1 in this trial. Ask the administrator to add you.</source>
        <translation>There is no account %1 in this trial. Ask the administrator to add you.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the administrator if you need access again.</source>
        <translation>The account %1 is deactivated. Ask the administrator if you need access again.</translation>
    </message>
    <message>
        <source>The account %1 has an unknown role &quot;%2&quot;.</source>
        <translation>The account %1 has an unknown role &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The database holds no trial: it is not a TrialDesk database.</source>
        <translation>The database holds no trial: it is not a TrialDesk database.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Your role (%1) may not %2.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many wrong passwords. Try again in %n minute.</numerusform>
            <numerusform>Too many wrong passwords. Try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own before you can %1.</source>
        <translation>An administrator reset your password: choose your own before you can %1.</translation>
    </message>
    <message>
        <source>sign electronically</source>
        <translation>sign electronically</translation>
    </message>
    <message>
        <source>Your key slot does not open this trial&apos;s database: it was replaced or is left from an old key. Ask the administrator to reset your password.</source>
        <translation>Your key slot does not open this trial&apos;s database: it was replaced or is left from an old key. Ask the administrator to reset your password.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Too many attempts: try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 Too many attempts: try again in %n minute.</numerusform>
            <numerusform>%1 Too many attempts: try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A local workspace has no connection to a trial server to open again.</source>
        <translation>A local workspace has no connection to a trial server to open again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::UserService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>A key slot for %1 already exists.</source>
        <translation>A key slot for %1 already exists.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>There is already a user %1.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>There is no site %1.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>The account %1 is already deactivated.</source>
        <translation>The account %1 is already deactivated.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 already has the role %2.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role away from yourself; ask another administrator.</source>
        <translation>You cannot take the administrator role away from yourself; ask another administrator.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>The account %1 is deactivated.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>The new password must differ from the current one.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>A reason is required to change existing data.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Visit</name>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::VisitService</name>
    <message>
        <source>Could not read or write the visits</source>
        <translation>Could not read or write the visits</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;: give the code of one of the trial&apos;s sites.</source>
        <translation>There is no site &quot;%1&quot;: give the code of one of the trial&apos;s sites.</translation>
    </message>
    <message>
        <source>Protocol version %1, which planned some visits, is missing from the database. Restore the workspace from a backup.</source>
        <translation>Protocol version %1, which planned some visits, is missing from the database. Restore the workspace from a backup.</translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation>protocol version %1</translation>
    </message>
    <message>
        <source>Participant %1 has no visit &quot;%2&quot;: check the visit code in their timeline.</source>
        <translation>Participant %1 has no visit &quot;%2&quot;: check the visit code in their timeline.</translation>
    </message>
    <message>
        <source>The participant is not randomized: they have no visits.</source>
        <translation>The participant is not randomized: they have no visits.</translation>
    </message>
    <message>
        <source>The randomization date is not a valid date.</source>
        <translation>The randomization date is not a valid date.</translation>
    </message>
    <message>
        <source>The participant to plan visits for does not exist.</source>
        <translation>The participant to plan visits for does not exist.</translation>
    </message>
    <message>
        <source>Give a period of valid dates whose end is not before its start.</source>
        <translation>Give a period of valid dates whose end is not before its start.</translation>
    </message>
    <message>
        <source>Give a valid date for the overdue list.</source>
        <translation>Give a valid date for the overdue list.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to %1 rows.</source>
        <translation>A page starts at 0 or later and holds 1 to %1 rows.</translation>
    </message>
    <message>
        <source>Give a valid date for the today view.</source>
        <translation>Give a valid date for the today view.</translation>
    </message>
    <message>
        <source>Give the day the visit took place (YYYY-MM-DD).</source>
        <translation>Give the day the visit took place (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Visit %1 was already completed on %2: a visit is completed once.</source>
        <translation>Visit %1 was already completed on %2: a visit is completed once.</translation>
    </message>
    <message>
        <source>Visit %1 was recorded as missed (%2): it cannot be completed.</source>
        <translation>Visit %1 was recorded as missed (%2): it cannot be completed.</translation>
    </message>
    <message>
        <source>Visit %1 was cancelled (%2): the participant is no longer followed.</source>
        <translation>Visit %1 was cancelled (%2): the participant is no longer followed.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future (today is %2 at the site): record a visit once it has taken place.</source>
        <translation>The visit date %1 is in the future (today is %2 at the site): record a visit once it has taken place.</translation>
    </message>
    <message>
        <source>The visit date %1 is before participant %2 was randomized (%3).</source>
        <translation>The visit date %1 is before participant %2 was randomized (%3).</translation>
    </message>
    <message>
        <source>completed outside the window %1 to %2</source>
        <translation>completed outside the window %1 to %2</translation>
    </message>
    <message>
        <source>visit %1 completed on %2</source>
        <translation>visit %1 completed on %2</translation>
    </message>
    <message>
        <source>Say why the visit was missed: a reason is required.</source>
        <translation>Say why the visit was missed: a reason is required.</translation>
    </message>
    <message>
        <source>Visit %1 is &quot;%2&quot;: only a planned visit can be recorded as missed.</source>
        <translation>Visit %1 is &quot;%2&quot;: only a planned visit can be recorded as missed.</translation>
    </message>
    <message>
        <source>Say why the visit is rescheduled: a reason is required.</source>
        <translation>Say why the visit is rescheduled: a reason is required.</translation>
    </message>
    <message>
        <source>Give the new date of the visit (YYYY-MM-DD).</source>
        <translation>Give the new date of the visit (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Visit %1 is &quot;%2&quot;: only a planned visit can be rescheduled.</source>
        <translation>Visit %1 is &quot;%2&quot;: only a planned visit can be rescheduled.</translation>
    </message>
    <message>
        <source>Visit %1 is already planned on %2: give another date.</source>
        <translation>Visit %1 is already planned on %2: give another date.</translation>
    </message>
    <message>
        <source>The new date %1 is before participant %2 was randomized (%3).</source>
        <translation>The new date %1 is before participant %2 was randomized (%3).</translation>
    </message>
    <message>
        <source>Say why the new schedule is applied to these participants: a reason is required.</source>
        <translation>Say why the new schedule is applied to these participants: a reason is required.</translation>
    </message>
    <message>
        <source>Choose the participants to apply the schedule to.</source>
        <translation>Choose the participants to apply the schedule to.</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized: they have no schedule to change.</source>
        <translation>Participant %1 is not randomized: they have no schedule to change.</translation>
    </message>
    <message>
        <source>Window: %1 to %2</source>
        <translation>Window: %1 to %2</translation>
    </message>
    <message>
        <source>The trial&apos;s calendar key is damaged. Restore the database from a backup.</source>
        <translation>The trial&apos;s calendar key is damaged. Restore the database from a backup.</translation>
    </message>
    <message>
        <source>The cryptography library could not start, so the calendar cannot be written.</source>
        <translation>The cryptography library could not start, so the calendar cannot be written.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the disk space and try again.</source>
        <translation>Could not write %1: %2. Check the disk space and try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Cannot create the workspace folder %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>There is no folder %1.</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk workspace (it has no %2). Choose the folder created for the trial, or create a new trial.</source>
        <translation>%1 is not a TrialDesk workspace (it has no %2). Choose the folder created for the trial, or create a new trial.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Cannot read %1: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a TrialDesk workspace file.</source>
        <translation>%1 is damaged or not a TrialDesk workspace file.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer TrialDesk (format %1; this program reads up to %2). Install the newer version.</source>
        <translation>This workspace was written by a newer TrialDesk (format %1; this program reads up to %2). Install the newer version.</translation>
    </message>
    <message>
        <source>The workspace %1 has no database file (%2). Restore it from a backup.</source>
        <translation>The workspace %1 has no database file (%2). Restore it from a backup.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many failed logins. Try again in %n minute(s), or ask the administrator.</source>
        <translation>
            <numerusform>The account %1 is locked after too many failed logins. Try again in %n minute, or ask the administrator.</numerusform>
            <numerusform>The account %1 is locked after too many failed logins. Try again in %n minutes, or ask the administrator.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. The account %1 is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Wrong user name or password. The account %1 is now locked for %n minute.</numerusform>
            <numerusform>Wrong user name or password. The account %1 is now locked for %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can use the recovery code; %1 is not one.</source>
        <translation>Only an administrator can use the recovery code; %1 is not one.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
    </message>
    <message>
        <source>The trial needs a name.</source>
        <translation>The trial needs a name.</translation>
    </message>
    <message>
        <source>Choose a folder for the trial workspace.</source>
        <translation>Choose a folder for the trial workspace.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</translation>
    </message>
    <message>
        <source>Your key slot no longer opens the trial: a key rotation was interrupted. The administrator who rotated the key must sign in to finish it, then give you a new password.</source>
        <translation>Your key slot no longer opens the trial: a key rotation was interrupted. The administrator who rotated the key must sign in to finish it, then give you a new password.</translation>
    </message>
    <message>
        <source>Name the database&apos;s owner role (user=NAME in the connection string).</source>
        <translation>Name the database&apos;s owner role (user=NAME in the connection string).</translation>
    </message>
    <message>
        <source>The database %1 already holds the trial &quot;%2&quot;. Use a new database for a new trial.</source>
        <translation>The database %1 already holds the trial &quot;%2&quot;. Use a new database for a new trial.</translation>
    </message>
    <message>
        <source>The database %1 holds no trial yet: set it up with trialdesk-cli server init.</source>
        <translation>The database %1 holds no trial yet: set it up with trialdesk-cli server init.</translation>
    </message>
    <message>
        <source>%1 names a trial server TrialDesk cannot use: %2 Connect the folder again (trialdesk-cli connect).</source>
        <translation>%1 names a trial server TrialDesk cannot use: %2 Connect the folder again (trialdesk-cli connect).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema (version %1) is older than this TrialDesk&apos;s (%2). Ask the server&apos;s administrator to upgrade it (trialdesk-cli server upgrade).</source>
        <translation>The trial server&apos;s schema (version %1) is older than this TrialDesk&apos;s (%2). Ask the server&apos;s administrator to upgrade it (trialdesk-cli server upgrade).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema (version %1) is newer than this TrialDesk&apos;s (%2): install the newer TrialDesk.</source>
        <translation>The trial server&apos;s schema (version %1) is newer than this TrialDesk&apos;s (%2): install the newer TrialDesk.</translation>
    </message>
    <message>
        <source>A trial server has no recovery code: its administrator resets passwords (user reset-password), and the server&apos;s owner can reset the administrator&apos;s.</source>
        <translation>A trial server has no recovery code: its administrator resets passwords (user reset-password), and the server&apos;s owner can reset the administrator&apos;s.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::reporting::DataCut</name>
    <message>
        <source>%1 cannot be read from a data cut opened for another report.</source>
        <translation>%1 cannot be read from a data cut opened for another report.</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::Expression</name>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>the expression is longer than %1 characters</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>the expression is empty</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unexpected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>at character %1: %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; but the expression ends</source>
        <translation>expected &quot;%1&quot; but the expression ends</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>expected &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>the expression is nested too deeply</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>a value is missing at the end</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the text is not closed by %1</source>
        <translation>the text is not closed by %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value before it</source>
        <translation>&quot;%1&quot; needs a value before it</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (known: %2)</source>
        <translation>unknown function &quot;%1&quot; (known: %2)</translation>
    </message>
    <message>
        <source>selected() takes an item and a quoted choice code: selected(item, &apos;code&apos;)</source>
        <translation>selected() takes an item and a quoted choice code: selected(item, &apos;code&apos;)</translation>
    </message>
    <message>
        <source>selected_count() takes one multiple-choice item: selected_count(item)</source>
        <translation>selected_count() takes one multiple-choice item: selected_count(item)</translation>
    </message>
    <message>
        <source>answered() takes exactly one value</source>
        <translation>answered() takes exactly one value</translation>
    </message>
    <message>
        <source>%1() needs at least one value</source>
        <translation>%1() needs at least one value</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormDefinition</name>
    <message>
        <source>unknown attribute &quot;%1&quot; (allowed: %2)</source>
        <translation>unknown attribute &quot;%1&quot; (allowed: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; is missing</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>&quot;%1&quot; must be a text</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>&quot;%1&quot; must be true or false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number between -%2 and %2</source>
        <translation>&quot;%1&quot; must be a number between -%2 and %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>&quot;%1&quot; must be a whole number</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; must be a list</translation>
    </message>
    <message>
        <source>%1, item &quot;%2&quot;: </source>
        <translation>%1, item &quot;%2&quot;: </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to the unknown item &quot;%3&quot;</source>
        <translation>%1 &quot;%2&quot; refers to the unknown item &quot;%3&quot;</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: selected() needs a multiple-choice item, and &quot;%3&quot; is not one</source>
        <translation>%1 &quot;%2&quot;: selected() needs a multiple-choice item, and &quot;%3&quot; is not one</translation>
    </message>
    <message>
        <source>%1, item %2: </source>
        <translation>%1, item %2: </translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation>an item must be a JSON object</translation>
    </message>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation>&quot;code&quot; is missing</translation>
    </message>
    <message>
        <source>the code must be lower-case letters, digits and _, start with a letter, be at most 64 characters and not be a word of the expression language</source>
        <translation>the code must be lower-case letters, digits and _, start with a letter, be at most 64 characters and not be a word of the expression language</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: integer, decimal, text, date, yes_no, single_choice, multiple_choice, scale, computed)</source>
        <translation>unknown type &quot;%1&quot; (known: integer, decimal, text, date, yes_no, single_choice, multiple_choice, scale, computed)</translation>
    </message>
    <message>
        <source>the label is longer than 2000 characters</source>
        <translation>the label is longer than 2000 characters</translation>
    </message>
    <message>
        <source>&quot;choices&quot; are only allowed on single_choice and multiple_choice items</source>
        <translation>&quot;choices&quot; are only allowed on single_choice and multiple_choice items</translation>
    </message>
    <message>
        <source>a %1 item needs a non-empty &quot;choices&quot; list</source>
        <translation>a %1 item needs a non-empty &quot;choices&quot; list</translation>
    </message>
    <message>
        <source>more than %1 choices</source>
        <translation>more than %1 choices</translation>
    </message>
    <message>
        <source>choice %1 must be an object with &quot;code&quot; and &quot;label&quot;</source>
        <translation>choice %1 must be an object with &quot;code&quot; and &quot;label&quot;</translation>
    </message>
    <message>
        <source>choice %1: %2</source>
        <translation>choice %1: %2</translation>
    </message>
    <message>
        <source>choice %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>choice %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>the choice code &quot;%1&quot; appears twice</source>
        <translation>the choice code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; and &quot;maximum&quot; are only allowed on integer, decimal, text and computed items without bands</source>
        <translation>&quot;minimum&quot; and &quot;maximum&quot; are only allowed on integer, decimal, text and computed items without bands</translation>
    </message>
    <message>
        <source>the minimum %1 is greater than the maximum %2</source>
        <translation>the minimum %1 is greater than the maximum %2</translation>
    </message>
    <message>
        <source>the range of a %1 item must be whole numbers</source>
        <translation>the range of a %1 item must be whole numbers</translation>
    </message>
    <message>
        <source>the minimum length of a text cannot be negative</source>
        <translation>the minimum length of a text cannot be negative</translation>
    </message>
    <message>
        <source>a text holds at most %1 characters</source>
        <translation>a text holds at most %1 characters</translation>
    </message>
    <message>
        <source>&quot;precision&quot; is only allowed on decimal and computed items</source>
        <translation>&quot;precision&quot; is only allowed on decimal and computed items</translation>
    </message>
    <message>
        <source>the precision must be from 0 to %1 decimal places</source>
        <translation>the precision must be from 0 to %1 decimal places</translation>
    </message>
    <message>
        <source>no value with %1 decimal places lies between %2 and %3</source>
        <translation>no value with %1 decimal places lies between %2 and %3</translation>
    </message>
    <message>
        <source>&quot;unit&quot; is only allowed on numeric items</source>
        <translation>&quot;unit&quot; is only allowed on numeric items</translation>
    </message>
    <message>
        <source>the unit is longer than 32 characters</source>
        <translation>the unit is longer than 32 characters</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot;, &quot;scaleMax&quot; and their labels are only allowed on scale items</source>
        <translation>&quot;scaleMin&quot;, &quot;scaleMax&quot; and their labels are only allowed on scale items</translation>
    </message>
    <message>
        <source>a scale item needs &quot;scaleMin&quot; and &quot;scaleMax&quot;</source>
        <translation>a scale item needs &quot;scaleMin&quot; and &quot;scaleMax&quot;</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot; %1 must be less than &quot;scaleMax&quot; %2</source>
        <translation>&quot;scaleMin&quot; %1 must be less than &quot;scaleMax&quot; %2</translation>
    </message>
    <message>
        <source>the scale&apos;s ends must lie between -%1 and %1</source>
        <translation>the scale&apos;s ends must lie between -%1 and %1</translation>
    </message>
    <message>
        <source>a computed item needs a &quot;formula&quot;</source>
        <translation>a computed item needs a &quot;formula&quot;</translation>
    </message>
    <message>
        <source>a computed item cannot be &quot;required&quot;: its value comes from its formula</source>
        <translation>a computed item cannot be &quot;required&quot;: its value comes from its formula</translation>
    </message>
    <message>
        <source>a computed item cannot take missing-data codes</source>
        <translation>a computed item cannot take missing-data codes</translation>
    </message>
    <message>
        <source>&quot;formula&quot; is only allowed on computed items</source>
        <translation>&quot;formula&quot; is only allowed on computed items</translation>
    </message>
    <message>
        <source>&quot;minAnswered&quot; is only allowed on computed items</source>
        <translation>&quot;minAnswered&quot; is only allowed on computed items</translation>
    </message>
    <message>
        <source>&quot;bands&quot; are only allowed on computed items</source>
        <translation>&quot;bands&quot; are only allowed on computed items</translation>
    </message>
    <message>
        <source>&quot;minAnswered&quot; must be at least 1</source>
        <translation>&quot;minAnswered&quot; must be at least 1</translation>
    </message>
    <message>
        <source>band %1 must be an object with &quot;minimum&quot;, &quot;maximum&quot;, &quot;code&quot; and &quot;label&quot;</source>
        <translation>band %1 must be an object with &quot;minimum&quot;, &quot;maximum&quot;, &quot;code&quot; and &quot;label&quot;</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; and &quot;maximum&quot; are required</source>
        <translation>&quot;minimum&quot; and &quot;maximum&quot; are required</translation>
    </message>
    <message>
        <source>band %1: %2</source>
        <translation>band %1: %2</translation>
    </message>
    <message>
        <source>band %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>band %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>band &quot;%1&quot;: the minimum %2 is greater than the maximum %3</source>
        <translation>band &quot;%1&quot;: the minimum %2 is greater than the maximum %3</translation>
    </message>
    <message>
        <source>the band code &quot;%1&quot; appears twice</source>
        <translation>the band code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>the bands &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>the bands &quot;%1&quot; and &quot;%2&quot; overlap</translation>
    </message>
    <message>
        <source>unknown missing-data code &quot;%1&quot; (allowed: %2)</source>
        <translation>unknown missing-data code &quot;%1&quot; (allowed: %2)</translation>
    </message>
    <message>
        <source>the missing-data code &quot;%1&quot; appears twice</source>
        <translation>the missing-data code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>only numeric items can be summarized as outcomes</source>
        <translation>only numeric items can be summarized as outcomes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB; a form definition is a few kilobytes</source>
        <translation>the file is larger than 4 MiB; a form definition is a few kilobytes</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>not valid JSON at byte %1: %2</translation>
    </message>
    <message>
        <source>a form definition must be a JSON object</source>
        <translation>a form definition must be a JSON object</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>&quot;formatVersion&quot; is missing</translation>
    </message>
    <message>
        <source>format version %1 is newer than this TrialDesk understands (%2); update TrialDesk</source>
        <translation>format version %1 is newer than this TrialDesk understands (%2); update TrialDesk</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1</source>
        <translation>&quot;formatVersion&quot; must be 1</translation>
    </message>
    <message>
        <source>the form code &quot;%1&quot; must be 1 to 40 upper-case letters, digits and _, starting with a letter</source>
        <translation>the form code &quot;%1&quot; must be 1 to 40 upper-case letters, digits and _, starting with a letter</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>&quot;version&quot; must be a whole number from 1</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (known: eligibility, baseline, outcome, intervention, safety, administrative)</source>
        <translation>unknown category &quot;%1&quot; (known: eligibility, baseline, outcome, intervention, safety, administrative)</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a non-empty list</source>
        <translation>&quot;items&quot; must be a non-empty list</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>more than %1 items</translation>
    </message>
    <message>
        <source>the code appears twice in the form</source>
        <translation>the code appears twice in the form</translation>
    </message>
    <message>
        <source>the show-if condition refers to the item itself</source>
        <translation>the show-if condition refers to the item itself</translation>
    </message>
    <message>
        <source>the formula refers to the item itself</source>
        <translation>the formula refers to the item itself</translation>
    </message>
    <message>
        <source>the formula uses &quot;%1&quot;, which is not a number</source>
        <translation>the formula uses &quot;%1&quot;, which is not a number</translation>
    </message>
    <message>
        <source>show-if conditions and formulas depend on themselves in a cycle: %1</source>
        <translation>show-if conditions and formulas depend on themselves in a cycle: %1</translation>
    </message>
    <message>
        <source>%1, rule %2: </source>
        <translation>%1, rule %2: </translation>
    </message>
    <message>
        <source>a rule must be an object with &quot;if&quot;, &quot;item&quot; and &quot;message&quot;</source>
        <translation>a rule must be an object with &quot;if&quot;, &quot;item&quot; and &quot;message&quot;</translation>
    </message>
    <message>
        <source>&quot;item&quot; names the unknown item &quot;%1&quot;</source>
        <translation>&quot;item&quot; names the unknown item &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormEvaluator</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Enter a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Enter a number from %1 to %2.</translation>
    </message>
    <message>
        <source>Enter a whole number of at least %1.</source>
        <translation>Enter a whole number of at least %1.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Enter a number of at least %1.</translation>
    </message>
    <message>
        <source>Enter a whole number of at most %1.</source>
        <translation>Enter a whole number of at most %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Enter a number of at most %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Enter at least %n character.</numerusform>
            <numerusform>Enter at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Enter at most %n character.</numerusform>
            <numerusform>Enter at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a whole number from %1 to %2.</source>
        <translation>Choose a whole number from %1 to %2.</translation>
    </message>
    <message>
        <source>The score %1 is out of its range; check the answers it is computed from.</source>
        <translation>The score %1 is out of its range; check the answers it is computed from.</translation>
    </message>
    <message>
        <source>The form %1 has no question &quot;%2&quot;.</source>
        <translation>The form %1 has no question &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Give either a value or a missing-data code, not both.</source>
        <translation>Give either a value or a missing-data code, not both.</translation>
    </message>
    <message>
        <source>This question does not apply given the other answers; leave it empty.</source>
        <translation>This question does not apply given the other answers; leave it empty.</translation>
    </message>
    <message>
        <source>This question does not accept a missing-data code.</source>
        <translation>This question does not accept a missing-data code.</translation>
    </message>
    <message>
        <source>This question accepts only these missing-data codes: %1.</source>
        <translation>This question accepts only these missing-data codes: %1.</translation>
    </message>
    <message>
        <source>This score cannot be computed from the answers given; leave it empty.</source>
        <translation>This score cannot be computed from the answers given; leave it empty.</translation>
    </message>
    <message>
        <source>This score is %1 from the answers, not %2.</source>
        <translation>This score is %1 from the answers, not %2.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>This question must be answered.</translation>
    </message>
    <message>
        <source>Answer this question or give a missing-data code.</source>
        <translation>Answer this question or give a missing-data code.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; must be given in its standard form &quot;%2&quot;.</source>
        <translation>The value &quot;%1&quot; must be given in its standard form &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormValue</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a number with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Enter a number with at most %n decimal place.</numerusform>
            <numerusform>Enter a number with at most %n decimal places.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>The number is too large.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Not done</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this score&apos;s bands.</source>
        <translation>&quot;%1&quot; is not one of this score&apos;s bands.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>The text is longer than %1 characters.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Enter a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Answer yes (1) or no (0).</source>
        <translation>Answer yes (1) or no (0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>&quot;%1&quot; is not one of the choices.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is selected twice.</source>
        <translation>&quot;%1&quot; is selected twice.</translation>
    </message>
    <message>
        <source>Unknown item type.</source>
        <translation>Unknown item type.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD or as %1.</source>
        <translation>Enter a date as YYYY-MM-DD or as %1.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>true or false only answers a yes/no question.</source>
        <translation>true or false only answers a yes/no question.</translation>
    </message>
    <message>
        <source>A number does not answer this question; give a text.</source>
        <translation>A number does not answer this question; give a text.</translation>
    </message>
    <message>
        <source>A list only answers a multiple-choice question.</source>
        <translation>A list only answers a multiple-choice question.</translation>
    </message>
    <message>
        <source>Give the choices as a list of codes.</source>
        <translation>Give the choices as a list of codes.</translation>
    </message>
    <message>
        <source>An object does not answer a question.</source>
        <translation>An object does not answer a question.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AccountPage</name>
    <message>
        <source>My account</source>
        <translation>My account</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>C&amp;urrent password:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>Interface &amp;language:</translation>
    </message>
    <message>
        <source>Automatic lock (whole trial)</source>
        <translation>Automatic lock (whole trial)</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Lock after &amp;inactivity:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Reason for the change:</translation>
    </message>
    <message>
        <source>&amp;Save lock delay</source>
        <translation>&amp;Save lock delay</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Type your current password.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Your password was changed. Use the new one from now on.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: TrialDesk locks after %n minute(s) without activity, from the next sign-in.</source>
        <translation>
            <numerusform>Saved: TrialDesk locks after %n minute without activity, from the next sign-in.</numerusform>
            <numerusform>Saved: TrialDesk locks after %n minutes without activity, from the next sign-in.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AddSiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <source>2 to 8 capital letters or digits, starting with a letter</source>
        <translation>2 to 8 capital letters or digits, starting with a letter</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Add site</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Name in &amp;French:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Name in &amp;English:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Time zone:</translation>
    </message>
    <message>
        <source>Give a code of 2 to 8 capital letters or digits and the site&apos;s name in French and in English.</source>
        <translation>Give a code of 2 to 8 capital letters or digits and the site&apos;s name in French and in English.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone. Choose one from the list, e.g. America/Toronto.</source>
        <translation>%1 is not a known time zone. Choose one from the list, e.g. America/Toronto.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Add a user</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Add user</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>Give the initial password to the person in private; they should change it at their first sign-in (My account).</source>
        <translation>Give the initial password to the person in private; they should change it at their first sign-in (My account).</translation>
    </message>
    <message>
        <source>Give the user name and the display name.</source>
        <translation>Give the user name and the display name.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>The administrator manages accounts, sites and settings. Choose a password you will not forget: it opens the trial&apos;s encrypted database.</source>
        <translation>The administrator manages accounts, sites and settings. Choose a password you will not forget: it opens the trial&apos;s encrypted database.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>e.g. admin</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>e.g. Marie Tremblay</source>
        <translation>e.g. Marie Tremblay</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>Use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AdministrationPage</name>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation>&amp;Users</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Se&amp;curity</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AssessmentPanel</name>
    <message>
        <source>all participants</source>
        <translation>all participants</translation>
    </message>
    <message>
        <source>Choose at least one method to assess.</source>
        <translation>Choose at least one method to assess.</translation>
    </message>
    <message>
        <source>Simulating...</source>
        <translation>Simulating...</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Done: %1 trials of %2 participants. Simulation seed %3 (reproduce with trialdesk-cli simulate --seed).</source>
        <translation>Done: %1 trials of %2 participants. Simulation seed %3 (reproduce with trialdesk-cli simulate --seed).</translation>
    </message>
    <message>
        <source>Final imbalance between arms (share of simulated trials)</source>
        <translation>Final imbalance between arms (share of simulated trials)</translation>
    </message>
    <message>
        <source>Permuted blocks</source>
        <translation>Permuted blocks</translation>
    </message>
    <message>
        <source>Minimization</source>
        <translation>Minimization</translation>
    </message>
    <message>
        <source>Final imbalance</source>
        <translation>Final imbalance</translation>
    </message>
    <message>
        <source>Design assessment (Monte Carlo)</source>
        <translation>Design assessment (Monte Carlo)</translation>
    </message>
    <message>
        <source>&amp;Participants per trial (N):</source>
        <translation>&amp;Participants per trial (N):</translation>
    </message>
    <message>
        <source>Simulated &amp;trials (K):</source>
        <translation>Simulated &amp;trials (K):</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>T&amp;hreads:</translation>
    </message>
    <message>
        <source>Permuted &amp;blocks</source>
        <translation>Permuted &amp;blocks</translation>
    </message>
    <message>
        <source>&amp;Minimization</source>
        <translation>&amp;Minimization</translation>
    </message>
    <message>
        <source>Stratum &amp;weights (equal = equal probabilities):</source>
        <translation>Stratum &amp;weights (equal = equal probabilities):</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Correct guesses (convergence strategy)</source>
        <translation>Correct guesses (convergence strategy)</translation>
    </message>
    <message>
        <source>Deterministic allocations</source>
        <translation>Deterministic allocations</translation>
    </message>
    <message>
        <source>Final imbalance, mean</source>
        <translation>Final imbalance, mean</translation>
    </message>
    <message>
        <source>Final imbalance, 95th percentile</source>
        <translation>Final imbalance, 95th percentile</translation>
    </message>
    <message>
        <source>Final imbalance, maximum</source>
        <translation>Final imbalance, maximum</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, mean</source>
        <translation>Largest imbalance during a trial, mean</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, 95th percentile</source>
        <translation>Largest imbalance during a trial, 95th percentile</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, maximum</source>
        <translation>Largest imbalance during a trial, maximum</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AuditPage</name>
    <message>
        <source>The start date is after the end date: correct the dates.</source>
        <translation>The start date is after the end date: correct the dates.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entity:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;To (inclusive):</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>&amp;Apply filter</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>C&amp;lear filter</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verify chain</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xport CSV…</translation>
    </message>
    <message>
        <source>Chain verification is not available to your role.</source>
        <translation>Chain verification is not available to your role.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries, head %1</source>
        <translation>
            <numerusform>Chain intact: %n entry, head %1</numerusform>
            <numerusform>Chain intact: %n entries, head %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Chain BROKEN at entry %1: %2</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Export the audit trail</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>Exported %n entry to %1.</numerusform>
            <numerusform>Exported %n entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>%n matching entry.</numerusform>
            <numerusform>%n matching entries.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching entries loaded; scroll down for more.</source>
        <translation>
            <numerusform>%1 of %n matching entry loaded; scroll down for more.</numerusform>
            <numerusform>%1 of %n matching entries loaded; scroll down for more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checkpoint added to %1: %n entries, head %2.</source>
        <translation>
            <numerusform>Checkpoint added to %1: %n entry, head %2.</numerusform>
            <numerusform>Checkpoint added to %1: %n entries, head %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify against checkpoints</source>
        <translation>Verify against checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint files and manifests (*.jsonl *.json);;All files (*)</source>
        <translation>Checkpoint files and manifests (*.jsonl *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save a checkpoint</source>
        <translation>Save a checkpoint</translation>
    </message>
    <message>
        <source>Checkpoint files (*.jsonl)</source>
        <translation>Checkpoint files (*.jsonl)</translation>
    </message>
    <message>
        <source>Verify against c&amp;heckpoints…</source>
        <translation>Verify against c&amp;heckpoints…</translation>
    </message>
    <message>
        <source>&amp;Save checkpoint…</source>
        <translation>&amp;Save checkpoint…</translation>
    </message>
    <message numerus="yes">
        <source>It matches %n checkpoint(s) of %1.</source>
        <translation>
            <numerusform>It matches %n checkpoint of %1.</numerusform>
            <numerusform>It matches %n checkpoints of %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>Entity ID</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>The scheduled backup failed: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is from %1, more than %n day(s) ago. Back up now (Administration, Security).</source>
        <translation>
            <numerusform>The last good backup is from %1, more than %n day ago. Back up now (Administration, Security).</numerusform>
            <numerusform>The last good backup is from %1, more than %n days ago. Back up now (Administration, Security).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup in %1. Back up now (Administration, Security).</source>
        <translation>There is no good backup in %1. Back up now (Administration, Security).</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::CompleteVisitDialog</name>
    <message>
        <source>Complete visit: %1</source>
        <translation>Complete visit: %1</translation>
    </message>
    <message>
        <source>Record the day the visit took place. A day outside the window is accepted but flagged.</source>
        <translation>Record the day the visit took place. A day outside the window is accepted but flagged.</translation>
    </message>
    <message>
        <source>I &amp;confirm this date outside the window</source>
        <translation>I &amp;confirm this date outside the window</translation>
    </message>
    <message>
        <source>&amp;Date of the visit:</source>
        <translation>&amp;Date of the visit:</translation>
    </message>
    <message>
        <source>&amp;Complete the visit</source>
        <translation>&amp;Complete the visit</translation>
    </message>
    <message>
        <source>%1 is outside the window (%2): the visit will be flagged as completed out of window.</source>
        <translation>%1 is outside the window (%2): the visit will be flagged as completed out of window.</translation>
    </message>
    <message>
        <source>The date cannot be in the future: choose the day the visit took place.</source>
        <translation>The date cannot be in the future: choose the day the visit took place.</translation>
    </message>
    <message>
        <source>Tick the confirmation to record a date outside the window, or choose a date within it.</source>
        <translation>Tick the confirmation to record a date outside the window, or choose a date within it.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ConnectionBanner</name>
    <message>
        <source>The connection to the trial server was lost; nothing was saved. Your entries are kept. Retrying…</source>
        <translation>The connection to the trial server was lost; nothing was saved. Your entries are kept. Retrying…</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost while saving: the change may or may not have been recorded. Your entries are kept. Retrying…</source>
        <translation>The connection to the trial server was lost while saving: the change may or may not have been recorded. Your entries are kept. Retrying…</translation>
    </message>
    <message>
        <source>The connection to the trial server is back. Your entries are kept: look whether the change was recorded before you save again.</source>
        <translation>The connection to the trial server is back. Your entries are kept: look whether the change was recorded before you save again.</translation>
    </message>
    <message>
        <source>The connection to the trial server is back. Your entries are kept: you may save again.</source>
        <translation>The connection to the trial server is back. Your entries are kept: you may save again.</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost. Retrying…</source>
        <translation>The connection to the trial server was lost. Retrying…</translation>
    </message>
    <message>
        <source>The connection to the trial server is back.</source>
        <translation>The connection to the trial server is back.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ConsentPage</name>
    <message>
        <source>Consent and stratum values</source>
        <translation>Consent and stratum values</translation>
    </message>
    <message>
        <source>Only the current approved consent form counts. Check the stratum values against the source documents: the randomization uses them.</source>
        <translation>Only the current approved consent form counts. Check the stratum values against the source documents: the randomization uses them.</translation>
    </message>
    <message>
        <source>The protocol has no current consent form: ask the administrator.</source>
        <translation>The protocol has no current consent form: ask the administrator.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Form version:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Date signed:</translation>
    </message>
    <message>
        <source>&amp;Obtained by (user name):</source>
        <translation>&amp;Obtained by (user name):</translation>
    </message>
    <message>
        <source>Stratum values</source>
        <translation>Stratum values</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choose —</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ConsortView</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Save as PNG, SVG or PDF…</source>
        <translation>Save as PNG, SVG or PDF…</translation>
    </message>
    <message>
        <source>Data cut %1; primary outcome visit: %2.</source>
        <translation>Data cut %1; primary outcome visit: %2.</translation>
    </message>
    <message>
        <source>There is no diagram to save: refresh it first.</source>
        <translation>There is no diagram to save: refresh it first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the diagram can be saved in: name the file .png, .svg, .pdf or .json.</source>
        <translation>&quot;%1&quot; is not a format the diagram can be saved in: name the file .png, .svg, .pdf or .json.</translation>
    </message>
    <message>
        <source>Save the CONSORT diagram</source>
        <translation>Save the CONSORT diagram</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Numbers as JSON (*.json)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Numbers as JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::DesignEditor</name>
    <message>
        <source>Block sizes: %1</source>
        <translation>Block sizes: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Saved as version %1.</translation>
    </message>
    <message>
        <source>Reveal the seed</source>
        <translation>Reveal the seed</translation>
    </message>
    <message>
        <source>Anyone who sees the seed can work out every future allocation. Revealing it is recorded in the audit trail with your name. Reveal the seed?</source>
        <translation>Anyone who sees the seed can work out every future allocation. Revealing it is recorded in the audit trail with your name. Reveal the seed?</translation>
    </message>
    <message>
        <source>Trial seed</source>
        <translation>Trial seed</translation>
    </message>
    <message>
        <source>The seed of design version %1 (select to copy; do not store it in clear):</source>
        <translation>The seed of design version %1 (select to copy; do not store it in clear):</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) exported; the export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n allocation exported; the export is recorded in the audit trail.</numerusform>
            <numerusform>%n allocations exported; the export is recorded in the audit trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>Randomization design</source>
        <translation>Randomization design</translation>
    </message>
    <message>
        <source>This design is locked since %1: the first participant has been randomized, and changing it would change allocations already made. A new site is added from Administration; nothing else can change.</source>
        <translation>This design is locked since %1: the first participant has been randomized, and changing it would change allocations already made. A new site is added from Administration; nothing else can change.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3.</source>
        <translation>Version %1, saved %2 by %3.</translation>
    </message>
    <message>
        <source>Permuted blocks of random size (spec v1)</source>
        <translation>Permuted blocks of random size (spec v1)</translation>
    </message>
    <message>
        <source>Minimization (Pocock-Simon)</source>
        <translation>Minimization (Pocock-Simon)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Variance</source>
        <translation>Variance</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Factor / level</source>
        <translation>Factor / level</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>e.g. 2,3</source>
        <translation>e.g. 2,3</translation>
    </message>
    <message>
        <source>Allowed block multiples: each block&apos;s size is a multiple times the sum of the weights, chosen at random for each block.</source>
        <translation>Allowed block multiples: each block&apos;s size is a multiple times the sum of the weights, chosen at random for each block.</translation>
    </message>
    <message>
        <source>A new seed will be generated when you save.</source>
        <translation>A new seed will be generated when you save.</translation>
    </message>
    <message>
        <source>Generated, hidden.</source>
        <translation>Generated, hidden.</translation>
    </message>
    <message>
        <source>&amp;Generate a new seed</source>
        <translation>&amp;Generate a new seed</translation>
    </message>
    <message>
        <source>Re&amp;veal seed...</source>
        <translation>Re&amp;veal seed...</translation>
    </message>
    <message>
        <source>E&amp;xport allocation list...</source>
        <translation>E&amp;xport allocation list...</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Save as a new version</translation>
    </message>
    <message>
        <source>Why the design changes (required, audited)</source>
        <translation>Why the design changes (required, audited)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>&amp;Arms and weights:</source>
        <translation>&amp;Arms and weights:</translation>
    </message>
    <message>
        <source>Block m&amp;ultiples:</source>
        <translation>Block m&amp;ultiples:</translation>
    </message>
    <message>
        <source>Minimization:</source>
        <translation>Minimization:</translation>
    </message>
    <message>
        <source>Stratification (from the protocol):</source>
        <translation>Stratification (from the protocol):</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Probability of the minimizing arm:</source>
        <translation>&amp;Probability of the minimizing arm:</translation>
    </message>
    <message>
        <source>Imbalance m&amp;easure:</source>
        <translation>Imbalance m&amp;easure:</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ExportListDialog</name>
    <message>
        <source>Export the allocation list</source>
        <translation>Export the allocation list</translation>
    </message>
    <message>
        <source>Spec v1 CSV (verifiable with trialdesk-cli design stream)</source>
        <translation>Spec v1 CSV (verifiable with trialdesk-cli design stream)</translation>
    </message>
    <message>
        <source>REDCap allocation table</source>
        <translation>REDCap allocation table</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>The list reveals every future allocation. Keep the file where only you can read it; the export is recorded in the audit trail.</source>
        <translation>The list reveals every future allocation. Keep the file where only you can read it; the export is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Entries per stratum:</source>
        <translation>&amp;Entries per stratum:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write the list to.</source>
        <translation>Choose the file to write the list to.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ExportsPage</name>
    <message>
        <source>Exports are de-identified unless you ask for identities; they include the allocated arm. Every export is audited and writes a manifest with the SHA-256 of each file.</source>
        <translation>Exports are de-identified unless you ask for identities; they include the allocated arm. Every export is audited and writes a manifest with the SHA-256 of each file.</translation>
    </message>
    <message>
        <source>CSV: one file per form, data dictionary, long format</source>
        <translation>CSV: one file per form, data dictionary, long format</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 (XML)</source>
        <translation>CDISC ODM 1.3.2 (XML)</translation>
    </message>
    <message>
        <source>REDCap (data, data dictionary, event mapping)</source>
        <translation>REDCap (data, data dictionary, event mapping)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>A new or empty folder</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Browse...</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>F&amp;older:</translation>
    </message>
    <message>
        <source>Include the &amp;audit records of form data</source>
        <translation>Include the &amp;audit records of form data</translation>
    </message>
    <message>
        <source>Include the participants&apos; &amp;identities</source>
        <translation>Include the participants&apos; &amp;identities</translation>
    </message>
    <message>
        <source>Why identities are needed (audited)</source>
        <translation>Why identities are needed (audited)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Export into folder</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancelling; removing the partial files...</source>
        <translation>Cancelling; removing the partial files...</translation>
    </message>
    <message>
        <source>%1 form entries of %2 participants exported to %3 (%4 files, manifest.json lists their SHA-256).</source>
        <translation>%1 form entries of %2 participants exported to %3 (%4 files, manifest.json lists their SHA-256).</translation>
    </message>
    <message>
        <source>Exporting form entries: %1 of %2</source>
        <translation>Exporting form entries: %1 of %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FirstRunWizard</name>
    <message>
        <source>TrialDesk — New trial</source>
        <translation>TrialDesk — New trial</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FormEntryDialog</name>
    <message>
        <source>The form %1 is not known. Check the form code.</source>
        <translation>The form %1 is not known. Check the form code.</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>unscheduled</translation>
    </message>
    <message>
        <source>The draft was not saved: correct the values shown in the form.</source>
        <translation>The draft was not saved: correct the values shown in the form.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Draft saved.</translation>
    </message>
    <message>
        <source>The form is not complete: correct the problems listed at the top of the form.</source>
        <translation>The form is not complete: correct the problems listed at the top of the form.</translation>
    </message>
    <message>
        <source>Form completed.</source>
        <translation>Form completed.</translation>
    </message>
    <message>
        <source>Change the values, then choose Save changes: you will be asked the reason.</source>
        <translation>Change the values, then choose Save changes: you will be asked the reason.</translation>
    </message>
    <message>
        <source>The changes were not saved: correct the problems listed at the top of the form.</source>
        <translation>The changes were not saved: correct the problems listed at the top of the form.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nothing was changed.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>This form was completed: say why its values change. The old and new values and the reason go to the audit trail.</source>
        <translation>This form was completed: say why its values change. The old and new values and the reason go to the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Save changes</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>The changes were not saved.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Changes saved.</translation>
    </message>
    <message>
        <source>Source data verified.</source>
        <translation>Source data verified.</translation>
    </message>
    <message>
        <source>Form locked.</source>
        <translation>Form locked.</translation>
    </message>
    <message>
        <source>Unlock the form</source>
        <translation>Unlock the form</translation>
    </message>
    <message>
        <source>Unlocking allows changes again. Say why; the reason goes to the audit trail.</source>
        <translation>Unlocking allows changes again. Say why; the reason goes to the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Form unlocked.</source>
        <translation>Form unlocked.</translation>
    </message>
    <message>
        <source>Raise a &amp;query on this item…</source>
        <translation>Raise a &amp;query on this item…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Data &amp;queries</source>
        <translation>Data &amp;queries</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Save &amp;draft</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Complete</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Save changes…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel edit</source>
        <translation>Ca&amp;ncel edit</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Unlock…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with an open query</source>
        <translation>
            <numerusform>%n item with an open query</numerusform>
            <numerusform>%n items with an open query</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>state: %1</translation>
    </message>
    <message>
        <source>instance %1</source>
        <translation>instance %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FormHistoryPanel</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Draft saved</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Edited</translation>
    </message>
    <message>
        <source>Corrected (data query)</source>
        <translation>Corrected (data query)</translation>
    </message>
    <message>
        <source>Every change of a value, oldest first:</source>
        <translation>Every change of a value, oldest first:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Old value</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FormQueriesPanel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>A query can be raised on a saved form that is not a draft.</source>
        <translation>A query can be raised on a saved form that is not a draft.</translation>
    </message>
    <message>
        <source>Raise a data query</source>
        <translation>Raise a data query</translation>
    </message>
    <message>
        <source>Ask the site about one item&apos;s value. The coordinator answers or corrects it, then you close the query.</source>
        <translation>Ask the site about one item&apos;s value. The coordinator answers or corrects it, then you close the query.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>&amp;Raise query</source>
        <translation>&amp;Raise query</translation>
    </message>
    <message>
        <source>Query raised.</source>
        <translation>Query raised.</translation>
    </message>
    <message>
        <source>Answer the query</source>
        <translation>Answer the query</translation>
    </message>
    <message>
        <source>Question on &quot;%1&quot;: %2</source>
        <translation>Question on &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Answer:</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Send answer</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Answer recorded.</translation>
    </message>
    <message>
        <source>Correct the value</source>
        <translation>Correct the value</translation>
    </message>
    <message>
        <source>Question on &quot;%1&quot;: %2
Enter the correct value and the reason; the change is audited.</source>
        <translation>Question on &quot;%1&quot;: %2
Enter the correct value and the reason; the change is audited.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Correct</translation>
    </message>
    <message>
        <source>Value corrected.</source>
        <translation>Value corrected.</translation>
    </message>
    <message>
        <source>Close the query</source>
        <translation>Close the query</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>C&amp;lose query</source>
        <translation>C&amp;lose query</translation>
    </message>
    <message>
        <source>Query closed.</source>
        <translation>Query closed.</translation>
    </message>
    <message>
        <source>Data &amp;queries on this form:</source>
        <translation>Data &amp;queries on this form:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Raise &amp;query…</source>
        <translation>Raise &amp;query…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Answer…</translation>
    </message>
    <message>
        <source>C&amp;orrect value…</source>
        <translation>C&amp;orrect value…</translation>
    </message>
    <message>
        <source>Close q&amp;uery…</source>
        <translation>Close q&amp;uery…</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FormRenderer</name>
    <message numerus="yes">
        <source>The form cannot be saved: %n problem(s) to correct.</source>
        <translation>
            <numerusform>The form cannot be saved: %n problem to correct.</numerusform>
            <numerusform>The form cannot be saved: %n problems to correct.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A form item&apos;s label, then what is wrong with its answer.</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::IdentityPage</name>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Kept apart from the study data; only coordinators and investigators see it. Registering records the screening, the consent and the participant together.</source>
        <translation>Kept apart from the study data; only coordinators and investigators see it. Registering records the screening, the consent and the participant together.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>4 letters and 8 digits, e.g. TREM 6451 1212</source>
        <translation>4 letters and 8 digits, e.g. TREM 6451 1212</translation>
    </message>
    <message>
        <source>e.g. 514 555-0101</source>
        <translation>e.g. 514 555-0101</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <source>&amp;RAMQ number:</source>
        <translation>&amp;RAMQ number:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Telephone:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>Preferred &amp;language:</translation>
    </message>
    <message>
        <source>Valid RAMQ number.</source>
        <translation>Valid RAMQ number.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ItemEditor</name>
    <message>
        <source>Required: the form cannot be completed without an answer or a missing-data code.</source>
        <translation>Required: the form cannot be completed without an answer or a missing-data code.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Missing:</translation>
    </message>
    <message>
        <source>(answered)</source>
        <translation>(answered)</translation>
    </message>
    <message>
        <source>When no answer can be given, say why: not done, unknown or refused.</source>
        <translation>When no answer can be given, say why: not done, unknown or refused.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Leave the date empty</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>(not computed yet)</source>
        <translation>(not computed yet)</translation>
    </message>
    <message>
        <source>Open query</source>
        <translation>Open query</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::LockScreen</name>
    <message>
        <source>TrialDesk is locked</source>
        <translation>TrialDesk is locked</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Type your password to go on; anyone else should quit and sign in with their own account.</source>
        <translation>Signed in as %1 (%2). Type your password to go on; anyone else should quit and sign in with their own account.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Type your password to unlock.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::LoginDialog</name>
    <message>
        <source>Type your user name.</source>
        <translation>Type your user name.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Type your password.</translation>
    </message>
    <message>
        <source>TrialDesk — Sign in</source>
        <translation>TrialDesk — Sign in</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;User name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Use &amp;recovery code…</source>
        <translation>Use &amp;recovery code…</translation>
    </message>
    <message>
        <source>For an administrator who lost their password: open the trial with the recovery code shown when it was created, and choose a new password.</source>
        <translation>For an administrator who lost their password: open the trial with the recovery code shown when it was created, and choose a new password.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Trial server %1, database %2: sign in with your own account on the server.</source>
        <translation>Trial server %1, database %2: sign in with your own account on the server.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::MainWindow</name>
    <message>
        <source>TrialDesk — %1</source>
        <translation>TrialDesk — %1</translation>
    </message>
    <message>
        <source> — DEMO</source>
        <translation> — DEMO</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Role: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>Trial: %1</source>
        <translation>Trial: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Hide the trial&apos;s data until you type your password again (Ctrl+L).</source>
        <translation>Hide the trial&apos;s data until you type your password again (Ctrl+L).</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>Scheduled backup saved in %1.</source>
        <translation>Scheduled backup saved in %1.</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own now. Nothing else is allowed until you do.</source>
        <translation>An administrator reset your password: choose your own now. Nothing else is allowed until you do.</translation>
    </message>
    <message>
        <source>An administrator changed your role to %1: quit and sign in again to see its sections.</source>
        <translation>An administrator changed your role to %1: quit and sign in again to see its sections.</translation>
    </message>
    <message>
        <source>A key rotation had been interrupted; signing in finished it. Save the new recovery code now.</source>
        <translation>A key rotation had been interrupted; signing in finished it. Save the new recovery code now.</translation>
    </message>
    <message>
        <source>On the trial server %1, database %2.</source>
        <translation>On the trial server %1, database %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::MissVisitDialog</name>
    <message>
        <source>Missed visit: %1</source>
        <translation>Missed visit: %1</translation>
    </message>
    <message>
        <source>Record that the visit did not take place, and why. The visit is kept with its reason.</source>
        <translation>Record that the visit did not take place, and why. The visit is kept with its reason.</translation>
    </message>
    <message>
        <source>e.g. could not be reached after three calls</source>
        <translation>e.g. could not be reached after three calls</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Record as &amp;missed</source>
        <translation>Record as &amp;missed</translation>
    </message>
    <message>
        <source>Give the reason the visit was missed.</source>
        <translation>Give the reason the visit was missed.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>The database key was changed. This new recovery code opens the trial&apos;s data if every administrator password is lost; the previous code no longer does. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</source>
        <translation>The database key was changed. This new recovery code opens the trial&apos;s data if every administrator password is lost; the previous code no longer does. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>No other user had a password: nobody else needs a new one.</source>
        <translation>No other user had a password: nobody else needs a new one.</translation>
    </message>
    <message>
        <source>These users can no longer sign in until you set a new password for each of them (Users tab, Reset password…): %1</source>
        <translation>These users can no longer sign in until you set a new password for each of them (Users tab, Reset password…): %1</translation>
    </message>
    <message>
        <source>I have &amp;saved the new recovery code</source>
        <translation>I have &amp;saved the new recovery code</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>Save the new recovery code and tick the box first: it cannot be shown again.</source>
        <translation>Save the new recovery code and tick the box first: it cannot be shown again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantFormsPage</name>
    <message>
        <source>New: %1</source>
        <translation>New: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open query(ies)</source>
        <translation>
            <numerusform>%n open query(ies)</numerusform>
            <numerusform>%n open query(ies)</numerusform>
        </translation>
    </message>
    <message>
        <source>Unscheduled forms</source>
        <translation>Unscheduled forms</translation>
    </message>
    <message>
        <source>&amp;Study ID:</source>
        <translation>&amp;Study ID:</translation>
    </message>
    <message>
        <source>S&amp;how forms</source>
        <translation>S&amp;how forms</translation>
    </message>
    <message>
        <source>&amp;Forms by visit:</source>
        <translation>&amp;Forms by visit:</translation>
    </message>
    <message>
        <source>Visit or form</source>
        <translation>Visit or form</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Queries</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Open form</source>
        <translation>&amp;Open form</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantPage</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Back to the list</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Timeline</translation>
    </message>
    <message>
        <source>&amp;Randomize…</source>
        <translation>&amp;Randomize…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;Withdraw…</translation>
    </message>
    <message>
        <source>&amp;Lost to follow-up…</source>
        <translation>&amp;Lost to follow-up…</translation>
    </message>
    <message>
        <source>Protocol &amp;deviation…</source>
        <translation>Protocol &amp;deviation…</translation>
    </message>
    <message>
        <source>&amp;Adverse event…</source>
        <translation>&amp;Adverse event…</translation>
    </message>
    <message>
        <source>Randomized in &amp;error…</source>
        <translation>Randomized in &amp;error…</translation>
    </message>
    <message>
        <source>Stratum &amp;misclassification…</source>
        <translation>Stratum &amp;misclassification…</translation>
    </message>
    <message>
        <source>Record re-&amp;consent…</source>
        <translation>Record re-&amp;consent…</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Site:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Status:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Screening:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Randomized:&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Randomized:&lt;/b&gt; %1 by %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arm:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Arm:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>(noted as misclassified: should be %1)</source>
        <translation>(noted as misclassified: should be %1)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>form %1 on %2 by %3%4</source>
        <translation>form %1 on %2 by %3%4</translation>
    </message>
    <message>
        <source> (not current: re-consent required)</source>
        <translation> (not current: re-consent required)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Strata:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Consent:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Identity (confidential)</source>
        <translation>Identity (confidential)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Name:&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date of birth:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Date of birth:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;RAMQ:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;RAMQ:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Telephone:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Telephone:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;E-mail:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preferred language:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Preferred language:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>No identity recorded for this participant.</source>
        <translation>No identity recorded for this participant.</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(by %1)</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Recorded %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Withdraw %1</translation>
    </message>
    <message>
        <source>Record the participant&apos;s withdrawal. Choose what they withdraw from: the intervention only (still followed), all further follow-up, or the use of their data.</source>
        <translation>Record the participant&apos;s withdrawal. Choose what they withdraw from: the intervention only (still followed), all further follow-up, or the use of their data.</translation>
    </message>
    <message>
        <source>From the intervention (still followed)</source>
        <translation>From the intervention (still followed)</translation>
    </message>
    <message>
        <source>From follow-up (data so far is used)</source>
        <translation>From follow-up (data so far is used)</translation>
    </message>
    <message>
        <source>From the use of their data</source>
        <translation>From the use of their data</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Record withdrawal</source>
        <translation>&amp;Record withdrawal</translation>
    </message>
    <message>
        <source>Lost to follow-up: %1</source>
        <translation>Lost to follow-up: %1</translation>
    </message>
    <message>
        <source>Record that the participant can no longer be reached. Say what was tried.</source>
        <translation>Record that the participant can no longer be reached. Say what was tried.</translation>
    </message>
    <message>
        <source>e.g. three calls and one letter without answer</source>
        <translation>e.g. three calls and one letter without answer</translation>
    </message>
    <message>
        <source>Protocol deviation: %1</source>
        <translation>Protocol deviation: %1</translation>
    </message>
    <message>
        <source>Describe the deviation from the protocol and the day it happened.</source>
        <translation>Describe the deviation from the protocol and the day it happened.</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription:</translation>
    </message>
    <message>
        <source>Adverse event: %1</source>
        <translation>Adverse event: %1</translation>
    </message>
    <message>
        <source>Describe the adverse event, whether it is serious, its onset and, when it has ended, its end and outcome.</source>
        <translation>Describe the adverse event, whether it is serious, its onset and, when it has ended, its end and outcome.</translation>
    </message>
    <message>
        <source>Serious adverse event</source>
        <translation>Serious adverse event</translation>
    </message>
    <message>
        <source>The event has ended</source>
        <translation>The event has ended</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>Recovering</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recovered</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Not recovered</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Fatal</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Onset:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>E&amp;nd:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Randomized in error: %1</source>
        <translation>Randomized in error: %1</translation>
    </message>
    <message>
        <source>The randomization stays in the log and its position is never reused. Give the reason, then sign with your password.</source>
        <translation>The randomization stays in the log and its position is never reused. Give the reason, then sign with your password.</translation>
    </message>
    <message>
        <source>Meaning of the signature: I confirm the randomization was in error.</source>
        <translation>Meaning of the signature: I confirm the randomization was in error.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign and record</source>
        <translation>&amp;Sign and record</translation>
    </message>
    <message>
        <source>Stratum misclassification: %1</source>
        <translation>Stratum misclassification: %1</translation>
    </message>
    <message>
        <source>Note the level that should have been recorded. The allocation and the recorded values do not change; the note is kept for the analysis.</source>
        <translation>Note the level that should have been recorded. The allocation and the recorded values do not change; the note is kept for the analysis.</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Factor:</translation>
    </message>
    <message>
        <source>&amp;Correct level:</source>
        <translation>&amp;Correct level:</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Record consent: %1</translation>
    </message>
    <message>
        <source>Record a further consent, e.g. on the new form after an amendment. Only the current approved form version counts.</source>
        <translation>Record a further consent, e.g. on the new form after an amendment. Only the current approved form version counts.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (current)</translation>
    </message>
    <message>
        <source>&amp;Form version:</source>
        <translation>&amp;Form version:</translation>
    </message>
    <message>
        <source>&amp;Obtained by:</source>
        <translation>&amp;Obtained by:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A stratification factor and its level, e.g. &quot;Primary chronic condition: Heart failure&quot;.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Visit schedule</source>
        <translation>Visit schedule</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantsPage</name>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Select a participant in the list first.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>study ID (ICM-0012) or last or first name</source>
        <translation>study ID (ICM-0012) or last or first name</translation>
    </message>
    <message>
        <source>study ID, e.g. ICM-0012</source>
        <translation>study ID, e.g. ICM-0012</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Arm:</source>
        <translation>&amp;Arm:</translation>
    </message>
    <message>
        <source>S&amp;creen a patient…</source>
        <translation>S&amp;creen a patient…</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>&amp;Open participant</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>any status</translation>
    </message>
    <message>
        <source>any arm</source>
        <translation>any arm</translation>
    </message>
    <message numerus="yes">
        <source>%n participants loaded.</source>
        <translation>
            <numerusform>%n participant loaded.</numerusform>
            <numerusform>%n participants loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching participants.</source>
        <translation>
            <numerusform>%n matching participant.</numerusform>
            <numerusform>%n matching participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching participants loaded; scroll down for more.</source>
        <translation>
            <numerusform>%1 of %n matching participant loaded; scroll down for more.</numerusform>
            <numerusform>%1 of %n matching participants loaded; scroll down for more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::PasswordPairWidget</name>
    <message>
        <source>The password needs at least %1 characters (%2 typed).</source>
        <translation>The password needs at least %1 characters (%2 typed).</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>The two passwords differ: type the same password in both fields.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firm password:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>at least %1 characters</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Use at least %1 characters; a short sentence is easy to remember.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Password accepted.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ProtocolPage</name>
    <message>
        <source>The protocol file %1 does not exist. Choose another file, or leave the field empty to use the bundled default protocol.</source>
        <translation>The protocol file %1 does not exist. Choose another file, or leave the field empty to use the bundled default protocol.</translation>
    </message>
    <message>
        <source>Creating the trial: deriving keys and writing the encrypted database…</source>
        <translation>Creating the trial: deriving keys and writing the encrypted database…</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocol</translation>
    </message>
    <message>
        <source>The protocol defines arms, strata, eligibility, consent versions and the visit schedule.</source>
        <translation>The protocol defines arms, strata, eligibility, consent versions and the visit schedule.</translation>
    </message>
    <message>
        <source>Protocol &amp;file:</source>
        <translation>Protocol &amp;file:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Leave empty to use the bundled default protocol of the patient-partner trial. &quot;Create trial&quot; creates the workspace: this cannot be undone from the wizard.</source>
        <translation>Leave empty to use the bundled default protocol of the patient-partner trial. &quot;Create trial&quot; creates the workspace: this cannot be undone from the wizard.</translation>
    </message>
    <message>
        <source>&amp;Create trial</source>
        <translation>&amp;Create trial</translation>
    </message>
    <message>
        <source>Protocol file</source>
        <translation>Protocol file</translation>
    </message>
    <message>
        <source>Protocol definitions (*.json);;All files (*)</source>
        <translation>Protocol definitions (*.json);;All files (*)</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::QueriesPage</name>
    <message>
        <source>unscheduled</source>
        <translation>unscheduled</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Queries not closed: %1</source>
        <translation>&amp;Queries not closed: %1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Open form at the item</source>
        <translation>&amp;Open form at the item</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationLogModel</name>
    <message>
        <source>%1 (in error)</source>
        <translation>%1 (in error)</translation>
    </message>
    <message>
        <source>%1 (#%2, design v%3)</source>
        <translation>%1 (#%2, design v%3)</translation>
    </message>
    <message>
        <source>%1 (size %2, position %3)</source>
        <translation>%1 (size %2, position %3)</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ verified</translation>
    </message>
    <message>
        <source>✘ duplicate position</source>
        <translation>✘ duplicate position</translation>
    </message>
    <message>
        <source>✘ the stream gives %1</source>
        <translation>✘ the stream gives %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationLogPage</name>
    <message>
        <source>The log could not be read.</source>
        <translation>The log could not be read.</translation>
    </message>
    <message numerus="yes">
        <source>Verified at %1: %n allocations, each matching its stratum&apos;s stream; no gap, no duplicate.</source>
        <translation>
            <numerusform>Verified at %1: %n allocation, matching its stratum&apos;s stream; no gap, no duplicate.</numerusform>
            <numerusform>Verified at %1: %n allocations, each matching its stratum&apos;s stream; no gap, no duplicate.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEMS FOUND at %1: %2 mismatching, %3 duplicate, %4 gaps (entries in red).</source>
        <translation>PROBLEMS FOUND at %1: %2 mismatching, %3 duplicate, %4 gaps (entries in red).</translation>
    </message>
    <message>
        <source>Audit chain intact; head %1</source>
        <translation>Audit chain intact; head %1</translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation>Audit chain BROKEN: %1</translation>
    </message>
    <message>
        <source>Export the randomization log</source>
        <translation>Export the randomization log</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exported to %1.</translation>
    </message>
    <message>
        <source>Export the randomization log as PDF</source>
        <translation>Export the randomization log as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Randomization log</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Export &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Export &amp;PDF…</translation>
    </message>
    <message>
        <source>Gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 are missing.</source>
        <translation>Gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 are missing.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationReportView</name>
    <message>
        <source>Save as PDF, CSV or JSON…</source>
        <translation>Save as PDF, CSV or JSON…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>There is no report to save: refresh it first.</source>
        <translation>There is no report to save: refresh it first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</source>
        <translation>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</translation>
    </message>
    <message>
        <source>Save the randomization report</source>
        <translation>Save the randomization report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizeDialog</name>
    <message>
        <source>Randomize %1</source>
        <translation>Randomize %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 2.&lt;/b&gt; Check the participant and the stratum values against the source documents: the allocation depends on them and cannot be undone.</source>
        <translation>&lt;b&gt;Step 1 of 2.&lt;/b&gt; Check the participant and the stratum values against the source documents: the allocation depends on them and cannot be undone.</translation>
    </message>
    <message>
        <source>Study ID:</source>
        <translation>Study ID:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Screening:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consent:</translation>
    </message>
    <message>
        <source>form %1 signed on %2</source>
        <translation>form %1 signed on %2</translation>
    </message>
    <message>
        <source>I have &amp;checked these values</source>
        <translation>I have &amp;checked these values</translation>
    </message>
    <message>
        <source>&amp;Next: sign</source>
        <translation>&amp;Next: sign</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 2 of 2: electronic signature.&lt;/b&gt; Enter your password to sign. The signature is recorded with its meaning:</source>
        <translation>&lt;b&gt;Step 2 of 2: electronic signature.&lt;/b&gt; Enter your password to sign. The signature is recorded with its meaning:</translation>
    </message>
    <message>
        <source>Signing as %1 (%2)</source>
        <translation>Signing as %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Sign and randomize</source>
        <translation>&amp;Sign and randomize</translation>
    </message>
    <message>
        <source>Participant %1 is randomized.</source>
        <translation>Participant %1 is randomized.</translation>
    </message>
    <message>
        <source>Arm: %1</source>
        <translation>Arm: %1</translation>
    </message>
    <message>
        <source>Randomized on %1 by %2</source>
        <translation>Randomized on %1 by %2</translation>
    </message>
    <message>
        <source>Enter your password to sign the randomization.</source>
        <translation>Enter your password to sign the randomization.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ReasonDialog</name>
    <message>
        <source>required, recorded in the audit trail</source>
        <translation>required, recorded in the audit trail</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded in the audit trail with the change.</source>
        <translation>Give a reason: it is recorded in the audit trail with the change.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RecoveryDialog</name>
    <message>
        <source>Open the trial with the recovery code</source>
        <translation>Open the trial with the recovery code</translation>
    </message>
    <message>
        <source>&amp;Open and set password</source>
        <translation>&amp;Open and set password</translation>
    </message>
    <message>
        <source>Type the recovery code shown when the trial was created, your administrator user name, and a new password. The use of the recovery code is recorded in the audit trail.</source>
        <translation>Type the recovery code shown when the trial was created, your administrator user name, and a new password. The use of the recovery code is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>Recovery &amp;code:</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>Administrator &amp;user name:</translation>
    </message>
    <message>
        <source>Type the recovery code and the administrator&apos;s user name.</source>
        <translation>Type the recovery code and the administrator&apos;s user name.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>The trial was created.</source>
        <translation>The trial was created.</translation>
    </message>
    <message>
        <source>This recovery code opens the trial&apos;s data if every administrator password is lost. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</source>
        <translation>This recovery code opens the trial&apos;s data if every administrator password is lost. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery code in a safe place</source>
        <translation>I have &amp;saved the recovery code in a safe place</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RecruitmentView</name>
    <message>
        <source>Save as PDF, CSV or JSON…</source>
        <translation>Save as PDF, CSV or JSON…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>%1 screened, %2 randomized (target %3); %4 screened per randomized.</source>
        <translation>%1 screened, %2 randomized (target %3); %4 screened per randomized.</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomized (cumulative)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cumulative randomizations against the target</source>
        <translation>Cumulative randomizations against the target</translation>
    </message>
    <message>
        <source>There is no report to save: refresh it first.</source>
        <translation>There is no report to save: refresh it first.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</source>
        <translation>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</translation>
    </message>
    <message>
        <source>Save the recruitment report</source>
        <translation>Save the recruitment report</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ReportsPage</name>
    <message>
        <source>CONSORT diagram</source>
        <translation>CONSORT diagram</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recruitment</translation>
    </message>
    <message>
        <source>Randomization report</source>
        <translation>Randomization report</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Retention</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Outcomes</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RescheduleVisitDialog</name>
    <message>
        <source>Reschedule visit: %1</source>
        <translation>Reschedule visit: %1</translation>
    </message>
    <message>
        <source>Choose the new appointment and say why it moves. The window set by the protocol does not move.</source>
        <translation>Choose the new appointment and say why it moves. The window set by the protocol does not move.</translation>
    </message>
    <message>
        <source>e.g. participant asked for a later day</source>
        <translation>e.g. participant asked for a later day</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;New date:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Re&amp;schedule</translation>
    </message>
    <message>
        <source>%1 is outside the window (%2): a visit on that day will be flagged out of window.</source>
        <translation>%1 is outside the window (%2): a visit on that day will be flagged out of window.</translation>
    </message>
    <message>
        <source>Choose a new date different from the current target.</source>
        <translation>Choose a new date different from the current target.</translation>
    </message>
    <message>
        <source>Give the reason for the new date.</source>
        <translation>Give the reason for the new date.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Everyone assessed for eligibility is recorded in the screening log, enrolled or not.</source>
        <translation>Everyone assessed for eligibility is recorded in the screening log, enrolled or not.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Other or undisclosed</source>
        <translation>Other or undisclosed</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Eligibility checklist</translation>
    </message>
    <message>
        <source>Declined to take part</source>
        <translation>Declined to take part</translation>
    </message>
    <message>
        <source>Not enrolled for another reason</source>
        <translation>Not enrolled for another reason</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>&amp;Date of screening:</source>
        <translation>&amp;Date of screening:</translation>
    </message>
    <message>
        <source>&amp;Age (years):</source>
        <translation>&amp;Age (years):</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;x:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>&amp;Assessment:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inclusion criteria&lt;/b&gt; (all must be met)</source>
        <translation>&lt;b&gt;Inclusion criteria&lt;/b&gt; (all must be met)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclusion criteria&lt;/b&gt; (none may apply)</source>
        <translation>&lt;b&gt;Exclusion criteria&lt;/b&gt; (none may apply)</translation>
    </message>
    <message>
        <source>required when declined or not enrolled for another reason</source>
        <translation>required when declined or not enrolled for another reason</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The exclusion applies: the person is excluded.</source>
        <translation>The exclusion applies: the person is excluded.</translation>
    </message>
    <message>
        <source>The criterion is met.</source>
        <translation>The criterion is met.</translation>
    </message>
    <message>
        <source>Outcome: declined. Give the reason below.</source>
        <translation>Outcome: declined. Give the reason below.</translation>
    </message>
    <message>
        <source>Outcome: not enrolled. Give the reason below.</source>
        <translation>Outcome: not enrolled. Give the reason below.</translation>
    </message>
    <message>
        <source>Answer every criterion: %1 of %2 answered.</source>
        <translation>Answer every criterion: %1 of %2 answered.</translation>
    </message>
    <message>
        <source>Outcome: eligible. Continue with consent.</source>
        <translation>Outcome: eligible. Continue with consent.</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>not met: %1</translation>
    </message>
    <message>
        <source>applies: %1</source>
        <translation>applies: %1</translation>
    </message>
    <message>
        <source>Outcome: not eligible (%1). The screening is recorded as not eligible.</source>
        <translation>Outcome: not eligible (%1). The screening is recorded as not eligible.</translation>
    </message>
    <message>
        <source>&amp;Record screening</source>
        <translation>&amp;Record screening</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningResultPage</name>
    <message>
        <source>Recorded</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>Screening %1 is recorded in the screening log: %2. The person is not enrolled.</source>
        <translation>Screening %1 is recorded in the screening log: %2. The person is not enrolled.</translation>
    </message>
    <message>
        <source>Screening %1, consent and registration are recorded. Write the study ID in the participant&apos;s file; randomize from the participant&apos;s page.</source>
        <translation>Screening %1, consent and registration are recorded. Write the study ID in the participant&apos;s file; randomize from the participant&apos;s page.</translation>
    </message>
    <message>
        <source>Study ID: %1</source>
        <translation>Study ID: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningWizard</name>
    <message>
        <source>Screen a patient</source>
        <translation>Screen a patient</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::SecurityPanel</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Database key</translation>
    </message>
    <message>
        <source>Rotating the database key re-encrypts the trial&apos;s data under a new random key, for example after a computer or a recovery code may have been exposed. A new recovery code replaces the old one, which stops working. Your own password keeps working; every other user must then get a new password from you (Users tab, Reset password…). Make a backup first.</source>
        <translation>Rotating the database key re-encrypts the trial&apos;s data under a new random key, for example after a computer or a recovery code may have been exposed. A new recovery code replaces the old one, which stops working. Your own password keeps working; every other user must then get a new password from you (Users tab, Reset password…). Make a backup first.</translation>
    </message>
    <message>
        <source>&amp;Rotate the database key…</source>
        <translation>&amp;Rotate the database key…</translation>
    </message>
    <message>
        <source>Login policy</source>
        <translation>Login policy</translation>
    </message>
    <message>
        <source>After this many failed sign-ins in a row, the account is locked for the given time. The policy applies to the whole trial.</source>
        <translation>After this many failed sign-ins in a row, the account is locked for the given time. The policy applies to the whole trial.</translation>
    </message>
    <message>
        <source>&amp;Maximum failed sign-ins:</source>
        <translation>&amp;Maximum failed sign-ins:</translation>
    </message>
    <message>
        <source>L&amp;ockout duration:</source>
        <translation>L&amp;ockout duration:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save login &amp;policy…</source>
        <translation>Save login &amp;policy…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>No backup yet</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot sign in until you set a new password for them (Users tab, Reset password…): %1</source>
        <translation>
            <numerusform>%n user cannot sign in until you set a new password for them (Users tab, Reset password…): %1</numerusform>
            <numerusform>%n users cannot sign in until you set a new password for them (Users tab, Reset password…): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the trial</source>
        <translation>Back up the trial</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>Backup saved in %1. Copy it to a safe place away from this computer.</source>
        <translation>Backup saved in %1. Copy it to a safe place away from this computer.</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Rotate the database key</translation>
    </message>
    <message>
        <source>The trial&apos;s data is re-encrypted under a new key and a new recovery code is shown once. Every other user&apos;s password stops working until you set a new one for them. Type your own password: it protects your access under the new key.</source>
        <translation>The trial&apos;s data is re-encrypted under a new key and a new recovery code is shown once. Every other user&apos;s password stops working until you set a new one for them. Type your own password: it protects your access under the new key.</translation>
    </message>
    <message>
        <source>Type your password to rotate the key: it protects your own access under the new key.</source>
        <translation>Type your password to rotate the key: it protects your own access under the new key.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Your &amp;password:</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>The database key was rotated.</translation>
    </message>
    <message numerus="yes">
        <source>The database key was rotated. %n user(s) need a new password.</source>
        <translation>
            <numerusform>The database key was rotated. %n user needs a new password.</numerusform>
            <numerusform>The database key was rotated. %n users need a new password.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the login policy</source>
        <translation>Change the login policy</translation>
    </message>
    <message>
        <source>New policy: maximum failed sign-ins in a row %1, lockout duration %2 min.</source>
        <translation>New policy: maximum failed sign-ins in a row %1, lockout duration %2 min.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Login policy saved. It applies to the next sign-ins and unlocks.</source>
        <translation>Login policy saved. It applies to the next sign-ins and unlocks.</translation>
    </message>
    <message>
        <source>Rotate &amp;key</source>
        <translation>Rotate &amp;key</translation>
    </message>
    <message>
        <source>A backup is a complete, still encrypted copy of the trial. The passwords and the recovery code valid when it was made open it. Choose a backup folder on another drive or a network share, so that backups survive this computer.</source>
        <translation>A backup is a complete, still encrypted copy of the trial. The passwords and the recovery code valid when it was made open it. Choose a backup folder on another drive or a network share, so that backups survive this computer.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verify…</translation>
    </message>
    <message>
        <source>Open the selected backup with your password, as a restore would, and check its database and its audit trail against the live one.</source>
        <translation>Open the selected backup with your password, as a restore would, and check its database and its audit trail against the live one.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>The workspace&apos;s backups folder (same disk)</source>
        <translation>The workspace&apos;s backups folder (same disk)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Back up &amp;every day while TrialDesk is open</source>
        <translation>Back up &amp;every day while TrialDesk is open</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Keep the last:</translation>
    </message>
    <message>
        <source> backup(s)</source>
        <translation> backup(s)</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation>&amp;Warn when the last backup is older than:</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> day(s)</translation>
    </message>
    <message>
        <source>Save the &amp;schedule…</source>
        <translation>Save the &amp;schedule…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n audit entry</numerusform>
            <numerusform>%n audit entries</numerusform>
        </translation>
    </message>
    <message>
        <source>none: not checked when made</source>
        <translation>none: not checked when made</translation>
    </message>
    <message>
        <source>Warning: there is no good backup in %1 yet. Back up now.</source>
        <translation>Warning: there is no good backup in %1 yet. Back up now.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the last good backup is from %1, more than %n day(s) ago. Back up now.</source>
        <translation>
            <numerusform>Warning: the last good backup is from %1, more than %n day ago. Back up now.</numerusform>
            <numerusform>Warning: the last good backup is from %1, more than %n days ago. Back up now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Last good backup: %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Change the backup schedule</source>
        <translation>Change the backup schedule</translation>
    </message>
    <message>
        <source>Backups go to %1, every day while TrialDesk is open; the last %2 are kept.</source>
        <translation>Backups go to %1, every day while TrialDesk is open; the last %2 are kept.</translation>
    </message>
    <message>
        <source>the workspace&apos;s backups folder</source>
        <translation>the workspace&apos;s backups folder</translation>
    </message>
    <message>
        <source>Backups go to %1, made by hand only.</source>
        <translation>Backups go to %1, made by hand only.</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Backup schedule saved.</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Verify a backup</translation>
    </message>
    <message>
        <source>The backup %1 is opened with your password as it was when the backup was made, then its database and its audit trail are checked against the live trial.</source>
        <translation>The backup %1 is opened with your password as it was when the backup was made, then its database and its audit trail are checked against the live trial.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verify</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is good: its database is intact and its %n audit entries are the start of the live trail.</source>
        <translation>
            <numerusform>The backup %1 is good: its database is intact and its %n audit entry is the start of the live trail.</numerusform>
            <numerusform>The backup %1 is good: its database is intact and its %n audit entries are the start of the live trail.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 has problems:
%2</source>
        <translation>The backup %1 has problems:
%2</translation>
    </message>
    <message>
        <source>A complete encrypted copy of the trial is made now in the backup folder. The entry in the audit trail records why.</source>
        <translation>A complete encrypted copy of the trial is made now in the backup folder. The entry in the audit trail records why.</translation>
    </message>
    <message>
        <source>A trial server has no database key of TrialDesk&apos;s to rotate and no recovery code: each user signs in with their own password on the server, the administrator resets forgotten passwords, and the server&apos;s disks are encrypted by its operating system.</source>
        <translation>A trial server has no database key of TrialDesk&apos;s to rotate and no recovery code: each user signs in with their own password on the server, the administrator resets forgotten passwords, and the server&apos;s disks are encrypted by its operating system.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ServerPage</name>
    <message>
        <source>Certificate authority</source>
        <translation>Certificate authority</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist. Choose the file your trial server&apos;s administrator gave you (often ca.crt).</source>
        <translation>The certificate authority file %1 does not exist. Choose the file your trial server&apos;s administrator gave you (often ca.crt).</translation>
    </message>
    <message>
        <source>Give the full path of the workspace folder, for example %1.</source>
        <translation>Give the full path of the workspace folder, for example %1.</translation>
    </message>
    <message>
        <source>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</source>
        <translation>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</translation>
    </message>
    <message>
        <source>Looking for the trial server…</source>
        <translation>Looking for the trial server…</translation>
    </message>
    <message>
        <source>The trial server does not answer at this address, or its certificate is not signed by the certificate authority given. Check the server, the port, the database and the certificate file, then try again; nothing was written.</source>
        <translation>The trial server does not answer at this address, or its certificate is not signed by the certificate authority given. Check the server, the port, the database and the certificate file, then try again; nothing was written.</translation>
    </message>
    <message>
        <source>Connect to a trial server</source>
        <translation>Connect to a trial server</translation>
    </message>
    <message>
        <source>The trial lives on a PostgreSQL server; this computer keeps only a folder naming the server. You sign in with your own account on the server.</source>
        <translation>The trial lives on a PostgreSQL server; this computer keeps only a folder naming the server. You sign in with your own account on the server.</translation>
    </message>
    <message>
        <source>A server on the &amp;network (TLS, the server&apos;s certificate checked)</source>
        <translation>A server on the &amp;network (TLS, the server&apos;s certificate checked)</translation>
    </message>
    <message>
        <source>A server on &amp;this computer (Unix socket)</source>
        <translation>A server on &amp;this computer (Unix socket)</translation>
    </message>
    <message>
        <source>A connection &amp;string (advanced)</source>
        <translation>A connection &amp;string (advanced)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>e.g. db.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>the trial&apos;s database, e.g. pilot</source>
        <translation>the trial&apos;s database, e.g. pilot</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificate authority:</translation>
    </message>
    <message>
        <source>the file that signed the server&apos;s certificate, e.g. ca.crt</source>
        <translation>the file that signed the server&apos;s certificate, e.g. ca.crt</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Soc&amp;ket folder:</source>
        <translation>Soc&amp;ket folder:</translation>
    </message>
    <message>
        <source>Connection s&amp;tring:</source>
        <translation>Connection s&amp;tring:</translation>
    </message>
    <message>
        <source>host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt</source>
        <translation>host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>Workspace &amp;folder:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>No password is kept on this computer: the folder names the server only. &quot;Connect&quot; writes it; then sign in with the user name and password the trial&apos;s administrator gave you.</source>
        <translation>No password is kept on this computer: the folder names the server only. &quot;Connect&quot; writes it; then sign in with the user name and password the trial&apos;s administrator gave you.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::SitesPage</name>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>List the recruiting sites. The code (2 to 8 capital letters or digits, starting with a letter) prefixes the study IDs of the site&apos;s participants.</source>
        <translation>List the recruiting sites. The code (2 to 8 capital letters or digits, starting with a letter) prefixes the study IDs of the site&apos;s participants.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Add site</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>&amp;Remove site</translation>
    </message>
    <message>
        <source>Add at least one site.</source>
        <translation>Add at least one site.</translation>
    </message>
    <message>
        <source>Row %1: the code must be 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>Row %1: the code must be 2 to 8 capital letters or digits, starting with a letter.</translation>
    </message>
    <message>
        <source>Row %1: give the site&apos;s name in French and in English.</source>
        <translation>Row %1: give the site&apos;s name in French and in English.</translation>
    </message>
    <message>
        <source>Row %1: the code %2 is used twice.</source>
        <translation>Row %1: the code %2 is used twice.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::SitesPanel</name>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Name (French)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Add site…</translation>
    </message>
    <message>
        <source>Site added.</source>
        <translation>Site added.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::StatsTablesView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Save &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Save the report as CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Saved to %1.</translation>
    </message>
    <message>
        <source>There is no report to save yet: refresh it first.</source>
        <translation>There is no report to save yet: refresh it first.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::TodayVisitsPage</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>The count in a list heading; &quot;200 of 1,234&quot; when only the first rows are shown.</extracomment>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Show all %1</translation>
    </message>
    <message>
        <source>Due to&amp;day (%1)</source>
        <translation>Due to&amp;day (%1)</translation>
    </message>
    <message>
        <source>Due this &amp;week (%1)</source>
        <translation>Due this &amp;week (%1)</translation>
    </message>
    <message>
        <source>&amp;Overdue, still in window (%1)</source>
        <translation>&amp;Overdue, still in window (%1)</translation>
    </message>
    <message>
        <source>Out of wi&amp;ndow (%1)</source>
        <translation>Out of wi&amp;ndow (%1)</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Select a visit in a list first.</source>
        <translation>Select a visit in a list first.</translation>
    </message>
    <message>
        <source>Save the visit worksheet</source>
        <translation>Save the visit worksheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Worksheet saved to %1.</source>
        <translation>Worksheet saved to %1.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Today&apos;s visits</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;As of:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Complete…</translation>
    </message>
    <message>
        <source>&amp;Missed…</source>
        <translation>&amp;Missed…</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>R&amp;eschedule…</translation>
    </message>
    <message>
        <source>Open partici&amp;pant</source>
        <translation>Open partici&amp;pant</translation>
    </message>
    <message>
        <source>Print wor&amp;ksheet…</source>
        <translation>Print wor&amp;ksheet…</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::TrialPage</name>
    <message>
        <source>Give the full path of the workspace folder, for example %1.</source>
        <translation>Give the full path of the workspace folder, for example %1.</translation>
    </message>
    <message>
        <source>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</source>
        <translation>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 is a file, not a folder. Choose a folder.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the workspace.</source>
        <translation>The folder %1 is not empty. Choose an empty or new folder for the workspace.</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Name the trial and choose the folder that will hold its encrypted database, key slots and backups.</source>
        <translation>Name the trial and choose the folder that will hold its encrypted database, key slots and backups.</translation>
    </message>
    <message>
        <source>Trial &amp;name:</source>
        <translation>Trial &amp;name:</translation>
    </message>
    <message>
        <source>e.g. Patient partners in cardiac rehabilitation</source>
        <translation>e.g. Patient partners in cardiac rehabilitation</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>Workspace &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Workspace folder</translation>
    </message>
    <message>
        <source>The trial already lives on a trial server: the next page asks where it is.</source>
        <translation>The trial already lives on a trial server: the next page asks where it is.</translation>
    </message>
    <message>
        <source>Create a &amp;new trial on this computer (an encrypted workspace)</source>
        <translation>Create a &amp;new trial on this computer (an encrypted workspace)</translation>
    </message>
    <message>
        <source>Connect to a trial on a trial &amp;server</source>
        <translation>Connect to a trial on a trial &amp;server</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::UsersPanel</name>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Add user…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Reset &amp;password…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Change r&amp;ole…</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>User %1 added.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Deactivate %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in: their key slot is removed. Their past entries stay in the audit trail.</source>
        <translation>%1 will no longer be able to sign in: their key slot is removed. Their past entries stay in the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>User %1 deactivated.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Reset the password of %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 and give it to them in private.</source>
        <translation>Set a new password for %1 and give it to them in private.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Reset password</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>The password of %1 was reset.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <source>The new role decides what %1 may see and do from their next sign-in.</source>
        <translation>The new role decides what %1 may see and do from their next sign-in.</translation>
    </message>
    <message>
        <source>New r&amp;ole:</source>
        <translation>New r&amp;ole:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Change role</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>The role of %1 was changed.</translation>
    </message>
    <message>
        <source>Rotate the database key?</source>
        <translation>Rotate the database key?</translation>
    </message>
    <message>
        <source>Copies of %1&apos;s key slot in backups still open the trial with the current key. Rotate the key now so that they no longer do? Every other user will then need a new password.</source>
        <translation>Copies of %1&apos;s key slot in backups still open the trial with the current key. Rotate the key now so that they no longer do? Every other user will then need a new password.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitActions</name>
    <message>
        <source>Your role may view visits but not record them.</source>
        <translation>Your role may view visits but not record them.</translation>
    </message>
    <message>
        <source>Select a visit in a list first.</source>
        <translation>Select a visit in a list first.</translation>
    </message>
    <message>
        <source>This visit is already %1: only a planned visit can be completed, missed or rescheduled.</source>
        <translation>This visit is already %1: only a planned visit can be completed, missed or rescheduled.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitAgendaPage</name>
    <message>
        <source>Week of %1 to %2</source>
        <extracomment>The agenda&apos;s week: first and last day.</extracomment>
        <translation>Week of %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visits in this period.</source>
        <translation>
            <numerusform>%n visits in this period.</numerusform>
            <numerusform>%n visits in this period.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a visit in the agenda first.</source>
        <translation>Select a visit in the agenda first.</translation>
    </message>
    <message>
        <source>Visit agenda</source>
        <translation>Visit agenda</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>all sites</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>By &amp;day</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>By &amp;week</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>&amp;Open participant</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitDialog</name>
    <message>
        <source>&lt;b&gt;Participant:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Visit:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Target date:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Window:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Participant:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Visit:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Target date:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Window:&lt;/b&gt; %4</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitDisplay</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A visit window: first and last acceptable day.</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (out of window)</source>
        <extracomment>A visit status followed by the out-of-window flag, e.g. &quot;Completed (out of window)&quot;.</extracomment>
        <translation>%1 (out of window)</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>Out of window</translation>
    </message>
    <message>
        <source>Window passed</source>
        <translation>Window passed</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Target date</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Actual date</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Days late</translation>
    </message>
    <message>
        <source>Window flag</source>
        <translation>Window flag</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Expected forms</source>
        <translation>Expected forms</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitTimelineWidget</name>
    <message>
        <source>Press Enter or double-click to enter this form for the visit.</source>
        <translation>Press Enter or double-click to enter this form for the visit.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Recorded.</translation>
    </message>
    <message>
        <source>Save the visit worksheet</source>
        <translation>Save the visit worksheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Worksheet saved to %1.</source>
        <translation>Worksheet saved to %1.</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visits</translation>
    </message>
    <message>
        <source>Expected &amp;forms of the selected visit (Enter opens the form):</source>
        <translation>Expected &amp;forms of the selected visit (Enter opens the form):</translation>
    </message>
    <message>
        <source>Com&amp;plete visit…</source>
        <translation>Com&amp;plete visit…</translation>
    </message>
    <message>
        <source>Mi&amp;ssed…</source>
        <translation>Mi&amp;ssed…</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>Resc&amp;hedule…</translation>
    </message>
    <message>
        <source>Print wor&amp;ksheet…</source>
        <translation>Print wor&amp;ksheet…</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitWorksheetPdf</name>
    <message>
        <source>%1, %2</source>
        <extracomment>A participant&apos;s name on the worksheet: last name, first name.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Visit worksheet</source>
        <translation>Visit worksheet</translation>
    </message>
    <message>
        <source>Trial:</source>
        <translation>Trial:</translation>
    </message>
    <message>
        <source>Study ID:</source>
        <translation>Study ID:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participant:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visit:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Target date:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Expected forms</source>
        <translation>Expected forms</translation>
    </message>
    <message>
        <source>No form is expected at this visit.</source>
        <translation>No form is expected at this visit.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initials</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Date of the visit:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>There is no planned visit to print: choose another day, site or visit.</source>
        <translation>There is no planned visit to print: choose another day, site or visit.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: check that the folder exists and is writable, then print again.</source>
        <translation>The PDF could not be written to %1: check that the folder exists and is writable, then print again.</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Generated %1 by %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::AllocationListWriter</name>
    <message>
        <source>A minimization design has no allocation list made in advance; export a list from a permuted blocks design.</source>
        <translation>A minimization design has no allocation list made in advance; export a list from a permuted blocks design.</translation>
    </message>
    <message>
        <source>The number of entries per stratum must be from 1 to 1000000; %1 was given.</source>
        <translation>The number of entries per stratum must be from 1 to 1000000; %1 was given.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>The output is not open for writing.</translation>
    </message>
    <message>
        <source>Writing the allocation list failed (%1); check the disk space and the folder&apos;s permissions, then export again.</source>
        <translation>Writing the allocation list failed (%1); check the disk space and the folder&apos;s permissions, then export again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Design</name>
    <message>
        <source>A design needs at least two arms; give them as CODE:WEIGHT, e.g. PP:1,UC:1.</source>
        <translation>A design needs at least two arms; give them as CODE:WEIGHT, e.g. PP:1,UC:1.</translation>
    </message>
    <message>
        <source>A design may have at most %1 arms; %2 were given.</source>
        <translation>A design may have at most %1 arms; %2 were given.</translation>
    </message>
    <message>
        <source>The arm code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The arm code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The arm code &quot;%1&quot; is used twice; each arm needs its own code.</source>
        <translation>The arm code &quot;%1&quot; is used twice; each arm needs its own code.</translation>
    </message>
    <message>
        <source>The weight of arm &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</source>
        <translation>The weight of arm &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</translation>
    </message>
    <message>
        <source>Give at least one block multiple, e.g. 2,3 (blocks of 4 and 6 for 1:1).</source>
        <translation>Give at least one block multiple, e.g. 2,3 (blocks of 4 and 6 for 1:1).</translation>
    </message>
    <message>
        <source>The block multiple %1 is not allowed: use whole numbers from 1 to %2.</source>
        <translation>The block multiple %1 is not allowed: use whole numbers from 1 to %2.</translation>
    </message>
    <message>
        <source>The block multiple %1 is listed twice; list each once.</source>
        <translation>The block multiple %1 is listed twice; list each once.</translation>
    </message>
    <message>
        <source>The block multiple %1 makes blocks of %2 participants; the largest block allowed is %3.</source>
        <translation>The block multiple %1 makes blocks of %2 participants; the largest block allowed is %3.</translation>
    </message>
    <message>
        <source>The factor code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The factor code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The factor code &quot;%1&quot; is used twice; each factor needs its own code.</source>
        <translation>The factor code &quot;%1&quot; is used twice; each factor needs its own code.</translation>
    </message>
    <message>
        <source>The factor &quot;%1&quot; has no levels; give its level codes in order.</source>
        <translation>The factor &quot;%1&quot; has no levels; give its level codes in order.</translation>
    </message>
    <message>
        <source>The level code &quot;%1&quot; of factor &quot;%2&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>The level code &quot;%1&quot; of factor &quot;%2&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</translation>
    </message>
    <message>
        <source>The level code &quot;%1&quot; is used twice in factor &quot;%2&quot;.</source>
        <translation>The level code &quot;%1&quot; is used twice in factor &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The weight of factor &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</source>
        <translation>The weight of factor &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</translation>
    </message>
    <message>
        <source>Only one factor may be marked as the site; %1 are.</source>
        <translation>Only one factor may be marked as the site; %1 are.</translation>
    </message>
    <message>
        <source>The factors make more than %1 strata; use fewer factors or levels (or minimization with fewer levels).</source>
        <translation>The factors make more than %1 strata; use fewer factors or levels (or minimization with fewer levels).</translation>
    </message>
    <message>
        <source>Minimization balances over factors: give at least one stratification factor.</source>
        <translation>Minimization balances over factors: give at least one stratification factor.</translation>
    </message>
    <message>
        <source>For minimization the least common multiple of the arm weights must be at most 1000; use smaller weights, e.g. 2:1 rather than 200:100.</source>
        <translation>For minimization the least common multiple of the arm weights must be at most 1000; use smaller weights, e.g. 2:1 rather than 200:100.</translation>
    </message>
    <message>
        <source>The probability of taking the minimizing arm must be above 0 and at most 1, e.g. 0.8.</source>
        <translation>The probability of taking the minimizing arm must be above 0 and at most 1, e.g. 0.8.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arm: write CODE:WEIGHT with a whole weight, e.g. PP:1.</source>
        <translation>&quot;%1&quot; is not an arm: write CODE:WEIGHT with a whole weight, e.g. PP:1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a block multiple: give whole numbers separated by commas, e.g. 2,3.</source>
        <translation>&quot;%1&quot; is not a block multiple: give whole numbers separated by commas, e.g. 2,3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probability: write a number above 0 and at most 1 with at most six decimals, e.g. 0.8.</source>
        <translation>&quot;%1&quot; is not a probability: write a number above 0 and at most 1 with at most six decimals, e.g. 0.8.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Seed</name>
    <message>
        <source>The seed must be exactly 64 hexadecimal digits (256 bits); %1 characters were given. Generate one with &quot;trialdesk-cli design seed&quot;.</source>
        <translation>The seed must be exactly 64 hexadecimal digits (256 bits); %1 characters were given. Generate one with &quot;trialdesk-cli design seed&quot;.</translation>
    </message>
    <message>
        <source>The seed may hold only the hexadecimal digits 0-9 and a-f; character %1 (&quot;%2&quot;) is not one.</source>
        <translation>The seed may hold only the hexadecimal digits 0-9 and a-f; character %1 (&quot;%2&quot;) is not one.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Simulator</name>
    <message>
        <source>The number of participants must be from 1 to %1.</source>
        <translation>The number of participants must be from 1 to %1.</translation>
    </message>
    <message>
        <source>The number of trials must be from 1 to %1.</source>
        <translation>The number of trials must be from 1 to %1.</translation>
    </message>
    <message>
        <source>The number of threads must be from 0 (one per core) to 256.</source>
        <translation>The number of threads must be from 0 (one per core) to 256.</translation>
    </message>
    <message>
        <source>Give one weight per stratum: %1 weight(s) for %2 strata.</source>
        <translation>Give one weight per stratum: %1 weight(s) for %2 strata.</translation>
    </message>
    <message>
        <source>Stratum weights must be whole numbers of at least 0 with a total from 1 to 1000000000.</source>
        <translation>Stratum weights must be whole numbers of at least 0 with a total from 1 to 1000000000.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>The simulation was cancelled.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Verifier</name>
    <message>
        <source>Stratum %1 does not exist: the design has strata 0 to %2.</source>
        <translation>Stratum %1 does not exist: the design has strata 0 to %2.</translation>
    </message>
    <message>
        <source>Sequence %1 is out of range: sequences count from 1 to %2 within a stratum.</source>
        <translation>Sequence %1 is out of range: sequences count from 1 to %2 within a stratum.</translation>
    </message>
    <message>
        <source>The arm &quot;%1&quot; is not in the design.</source>
        <translation>The arm &quot;%1&quot; is not in the design.</translation>
    </message>
    <message>
        <source>The entry gives %1 level(s); the design has %2 factor(s).</source>
        <translation>The entry gives %1 level(s); the design has %2 factor(s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor &quot;%2&quot;.</source>
        <translation>&quot;%1&quot; is not a level of factor &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::BaselineReport</name>
    <message>
        <source>Baseline characteristics by arm</source>
        <translation>Baseline characteristics by arm</translation>
    </message>
    <message>
        <source>The protocol&apos;s visit schedule has no baseline visit, so there is no baseline table to compute. Amend the protocol to add one.</source>
        <translation>The protocol&apos;s visit schedule has no baseline visit, so there is no baseline table to compute. Amend the protocol to add one.</translation>
    </message>
    <message>
        <source>Table 1. Baseline characteristics by arm (%1)</source>
        <translation>Table 1. Baseline characteristics by arm (%1)</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Characteristic</translation>
    </message>
    <message>
        <source>%1 (n = %2)</source>
        <translation>%1 (n = %2)</translation>
    </message>
    <message>
        <source>Total (n = %1)</source>
        <translation>Total (n = %1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (stratification factor)</source>
        <translation>%1 (stratification factor)</translation>
    </message>
    <message>
        <source>%1 (more than one answer possible)</source>
        <translation>%1 (more than one answer possible)</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Mean (SD)</translation>
    </message>
    <message>
        <source>Median (IQR)</source>
        <translation>Median (IQR)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>Median and interquartile range: &quot;72.0 (65.0 to 79.0)&quot;.</extracomment>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>Balance by stratum (participants per arm)</source>
        <translation>Balance by stratum (participants per arm)</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Difference (%1 − %2)</source>
        <translation>Difference (%1 − %2)</translation>
    </message>
    <message>
        <source>Largest − smallest</source>
        <translation>Largest − smallest</translation>
    </message>
    <message>
        <source>Randomized participants, except those randomized in error; completed entries of the baseline forms. Percentages are of the participants with an answer; medians and quartiles use R&apos;s default definition (type 7).</source>
        <translation>Randomized participants, except those randomized in error; completed entries of the baseline forms. Percentages are of the participants with an answer; medians and quartiles use R&apos;s default definition (type 7).</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unknown report format.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ConsortReport</name>
    <message>
        <source>Counting the CONSORT boxes</source>
        <translation>Counting the CONSORT boxes</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(no reason given)</translation>
    </message>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the CONSORT diagram.</source>
        <translation>Your role (%1) may not view reports: ask an administrator if you need the CONSORT diagram.</translation>
    </message>
    <message>
        <source>The CONSORT diagram gives numbers by arm and your role (%1) is blinded to the arms: ask an unblinded colleague (statistician, investigator or administrator) for it.</source>
        <translation>The CONSORT diagram gives numbers by arm and your role (%1) is blinded to the arms: ask an unblinded colleague (statistician, investigator or administrator) for it.</translation>
    </message>
    <message>
        <source>Not meeting inclusion criteria</source>
        <translation>Not meeting inclusion criteria</translation>
    </message>
    <message>
        <source>Declined to participate</source>
        <translation>Declined to participate</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Other reasons</translation>
    </message>
    <message>
        <source>Eligible, not randomized</source>
        <translation>Eligible, not randomized</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Lost to follow-up</translation>
    </message>
    <message>
        <source>Stopped the intervention</source>
        <translation>Stopped the intervention</translation>
    </message>
    <message>
        <source>Withdrew from follow-up</source>
        <translation>Withdrew from follow-up</translation>
    </message>
    <message>
        <source>Withdrew consent to data use</source>
        <translation>Withdrew consent to data use</translation>
    </message>
    <message>
        <source>Randomized in error</source>
        <translation>Randomized in error</translation>
    </message>
    <message>
        <source>No primary outcome (%1)</source>
        <translation>No primary outcome (%1)</translation>
    </message>
    <message>
        <source>Withdrew before receiving it</source>
        <translation>Withdrew before receiving it</translation>
    </message>
    <message>
        <source>Lost to follow-up before receiving it</source>
        <translation>Lost to follow-up before receiving it</translation>
    </message>
    <message>
        <source>No completed %1 recorded</source>
        <translation>No completed %1 recorded</translation>
    </message>
    <message>
        <source>Visit missed</source>
        <translation>Visit missed</translation>
    </message>
    <message>
        <source>Visit cancelled (follow-up stopped)</source>
        <translation>Visit cancelled (follow-up stopped)</translation>
    </message>
    <message>
        <source>Visit not done yet</source>
        <translation>Visit not done yet</translation>
    </message>
    <message>
        <source>Visit not scheduled</source>
        <translation>Visit not scheduled</translation>
    </message>
    <message>
        <source>(n = %1)</source>
        <translation>(n = %1)</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>other reasons</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Enrollment</translation>
    </message>
    <message>
        <source>Assessed for eligibility %1</source>
        <translation>Assessed for eligibility %1</translation>
    </message>
    <message>
        <source>Excluded %1</source>
        <translation>Excluded %1</translation>
    </message>
    <message>
        <source>Randomized %1</source>
        <translation>Randomized %1</translation>
    </message>
    <message>
        <source>of whom randomized in error %1</source>
        <translation>of whom randomized in error %1</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Allocation</translation>
    </message>
    <message>
        <source>Allocated to %1 %2</source>
        <translation>Allocated to %1 %2</translation>
    </message>
    <message>
        <source>Received allocated intervention</source>
        <translation>Received allocated intervention</translation>
    </message>
    <message>
        <source>Did not receive allocated intervention</source>
        <translation>Did not receive allocated intervention</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Lost to follow-up %1</source>
        <translation>Lost to follow-up %1</translation>
    </message>
    <message>
        <source>Discontinued intervention %1</source>
        <translation>Discontinued intervention %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>Analysed %1</source>
        <translation>Analysed %1</translation>
    </message>
    <message>
        <source>Excluded from analysis %1</source>
        <translation>Excluded from analysis %1</translation>
    </message>
    <message>
        <source>The CONSORT diagram could not be encoded as PNG.</source>
        <translation>The CONSORT diagram could not be encoded as PNG.</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>CONSORT flow diagram</translation>
    </message>
    <message>
        <source>Primary outcome visit: %1</source>
        <translation>Primary outcome visit: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::CsvExportWriter</name>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::DataExporter</name>
    <message>
        <source>Your role (%1) may not export trial data. Ask a statistician or the administrator.</source>
        <translation>Your role (%1) may not export trial data. Ask a statistician or the administrator.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export identifying data. Export without identities, or ask the administrator.</source>
        <translation>Your role (%1) may not export identifying data. Export without identities, or ask the administrator.</translation>
    </message>
    <message>
        <source>An identifying export needs a reason (it is audited). Give one, for example the ethics approval it serves.</source>
        <translation>An identifying export needs a reason (it is audited). Give one, for example the ethics approval it serves.</translation>
    </message>
    <message>
        <source>A reason is only asked for an identifying export. Remove it, or ask for identities.</source>
        <translation>A reason is only asked for an identifying export. Remove it, or ask for identities.</translation>
    </message>
    <message>
        <source>Audit records can only be exported in the ODM format. Choose ODM or leave them out.</source>
        <translation>Audit records can only be exported in the ODM format. Choose ODM or leave them out.</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choose the folder to export into.</translation>
    </message>
    <message>
        <source>The export was cancelled; its files were removed.</source>
        <translation>The export was cancelled; its files were removed.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportCatalog</name>
    <message>
        <source>The stored definition of form %1 version %2 cannot be read: %3</source>
        <translation>The stored definition of form %1 version %2 cannot be read: %3</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportDirectory</name>
    <message>
        <source>%1 is a file; give a folder for the export (it is created if missing).</source>
        <translation>%1 is a file; give a folder for the export (it is created if missing).</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Could not create the folder %1. Check that you may write there and that the disk is not full.</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2 from another export. Choose an empty folder; an export never overwrites one.</source>
        <translation>The folder %1 already holds %2 from another export. Choose an empty folder; an export never overwrites one.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space and export again.</source>
        <translation>Could not write %1: %2. Check the free disk space and export again.</translation>
    </message>
    <message>
        <source>Could not write the manifest %1: %2. Check the free disk space and export again.</source>
        <translation>Could not write the manifest %1: %2. Check the free disk space and export again.</translation>
    </message>
    <message>
        <source>The export in %1 has no manifest; export again.</source>
        <translation>The export in %1 has no manifest; export again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportEntryStream</name>
    <message>
        <source>Could not read the form data to export.</source>
        <translation>Could not read the form data to export.</translation>
    </message>
    <message>
        <source>Reading the form data to export failed part way.</source>
        <translation>Reading the form data to export failed part way.</translation>
    </message>
    <message>
        <source>The form data changed while it was being exported. Export again.</source>
        <translation>The form data changed while it was being exported. Export again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::OdmExportWriter</name>
    <message>
        <source>Could not write the ODM file %1: %2. Check the free disk space and export again.</source>
        <translation>Could not write the ODM file %1: %2. Check the free disk space and export again.</translation>
    </message>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</translation>
    </message>
    <message>
        <source>Could not read the audit trail to export.</source>
        <translation>Could not read the audit trail to export.</translation>
    </message>
    <message>
        <source>Reading the audit trail to export failed part way.</source>
        <translation>Reading the audit trail to export failed part way.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::OutcomeReport</name>
    <message>
        <source>Outcome summary by arm</source>
        <translation>Outcome summary by arm</translation>
    </message>
    <message>
        <source>Continuous outcomes: n, mean (SD) per arm</source>
        <translation>Continuous outcomes: n, mean (SD) per arm</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>%1: n</source>
        <translation>%1: n</translation>
    </message>
    <message>
        <source>%1: mean (SD)</source>
        <translation>%1: mean (SD)</translation>
    </message>
    <message>
        <source>Difference %1 − %2 (95% CI, Welch)</source>
        <translation>Difference %1 − %2 (95% CI, Welch)</translation>
    </message>
    <message>
        <source>Yes/no outcomes: participants answering yes, of those answered</source>
        <translation>Yes/no outcomes: participants answering yes, of those answered</translation>
    </message>
    <message>
        <source>%1: yes / n (%)</source>
        <translation>%1: yes / n (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3%)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A difference of means and its confidence interval: &quot;2.1 (-0.3 to 4.4)&quot;.</extracomment>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Participants with a value at each visit (randomized, not randomized in error; completed entries). Differences with a 95% confidence interval from Welch&apos;s t (unequal variances); no adjustment for stratification, baseline values or missing data. An interval is shown only when both arms have at least two values.</source>
        <translation>Participants with a value at each visit (randomized, not randomized in error; completed entries). Differences with a 95% confidence interval from Welch&apos;s t (unequal variances); no adjustment for stratification, baseline values or missing data. An interval is shown only when both arms have at least two values.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unknown report format.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RandomizationReport</name>
    <message>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <source>duplicate position</source>
        <translation>duplicate position</translation>
    </message>
    <message>
        <source>the stream gives %1</source>
        <translation>the stream gives %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the randomization report.</source>
        <translation>Your role (%1) may not view reports: ask an administrator if you need the randomization report.</translation>
    </message>
    <message>
        <source>The randomization report shows every allocation and your role (%1) may not see the randomization log: ask a monitor, statistician or administrator for it.</source>
        <translation>The randomization report shows every allocation and your role (%1) may not see the randomization log: ask a monitor, statistician or administrator for it.</translation>
    </message>
    <message>
        <source>Verification: every entry matches its stream; no gap, no duplicate; the audit chain verifies.</source>
        <translation>Verification: every entry matches its stream; no gap, no duplicate; the audit chain verifies.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Verification FAILED.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocations</source>
        <translation>
            <numerusform>%n allocations</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatches</source>
        <translation>
            <numerusform>%n mismatches</numerusform>
            <numerusform>%n mismatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicates</numerusform>
            <numerusform>%n duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n gap</numerusform>
            <numerusform>%n gaps</numerusform>
        </translation>
    </message>
    <message>
        <source>audit chain intact, head %1</source>
        <translation>audit chain intact, head %1</translation>
    </message>
    <message>
        <source>audit chain BROKEN: %1</source>
        <translation>audit chain BROKEN: %1</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Randomization log</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Study ID</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Stratum</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequence</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <source>%1 (in error)</source>
        <translation>%1 (in error)</translation>
    </message>
    <message>
        <source>%1 (#%2, design v%3)</source>
        <translation>%1 (#%2, design v%3)</translation>
    </message>
    <message>
        <source>%1 (size %2, position %3)</source>
        <translation>%1 (size %2, position %3)</translation>
    </message>
    <message>
        <source>Randomization report</source>
        <translation>Randomization report</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain head (SHA-256 of the last of %n audit entries): %1</source>
        <translation>
            <numerusform>Audit chain head (SHA-256 of the last of %n audit entry): %1</numerusform>
            <numerusform>Audit chain head (SHA-256 of the last of %n audit entries): %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 missing</source>
        <translation>gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 missing</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RecruitmentReport</name>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the recruitment report.</source>
        <translation>Your role (%1) may not view reports: ask an administrator if you need the recruitment report.</translation>
    </message>
    <message>
        <source>Randomizations by site and month</source>
        <translation>Randomizations by site and month</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Screening to randomization by site</source>
        <translation>Screening to randomization by site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Screened</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomized</translation>
    </message>
    <message>
        <source>Screened per randomized</source>
        <translation>Screened per randomized</translation>
    </message>
    <message>
        <source>Cumulative randomizations against the target</source>
        <translation>Cumulative randomizations against the target</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% of target</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomized (cumulative)</translation>
    </message>
    <message numerus="yes">
        <source>Target (%1 over %n months)</source>
        <translation>
            <numerusform>Target (%1 over %n month)</numerusform>
            <numerusform>Target (%1 over %n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recruitment report</source>
        <translation>Recruitment report</translation>
    </message>
    <message>
        <source>%1 screened, %2 randomized (target %3); %4 screened per randomized.</source>
        <translation>%1 screened, %2 randomized (target %3); %4 screened per randomized.</translation>
    </message>
    <message numerus="yes">
        <source>Planned recruitment period (protocol): %n months from %1.</source>
        <translation>
            <numerusform>Planned recruitment period (protocol): %n month from %1.</numerusform>
            <numerusform>Planned recruitment period (protocol): %n months from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The protocol gives no recruitment period: the target line assumes %n months from the first screening (%1).</source>
        <translation>
            <numerusform>The protocol gives no recruitment period: the target line assumes %n month from the first screening (%1).</numerusform>
            <numerusform>The protocol gives no recruitment period: the target line assumes %n months from the first screening (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RedcapExportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ReportDocument</name>
    <message>
        <source>Generated by: %1</source>
        <translation>Generated by: %1</translation>
    </message>
    <message>
        <source>Data cut: not given</source>
        <translation>Data cut: not given</translation>
    </message>
    <message>
        <source>Data cut: %1 (%2; %3 UTC)</source>
        <translation>Data cut: %1 (%2; %3 UTC)</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4 — generated by %5</source>
        <translation>%1 — %2 %3 — %4 — generated by %5</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: %n entries, head %1</source>
        <translation>
            <numerusform>Audit chain: %n entry, head %1</numerusform>
            <numerusform>Audit chain: %n entries, head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ReportFiles</name>
    <message>
        <source>The report could not be written (%1): check the disk space, then try again.</source>
        <translation>The report could not be written (%1): check the disk space, then try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RetentionReport</name>
    <message>
        <source>Retention and visit completion by visit and arm</source>
        <translation>Retention and visit completion by visit and arm</translation>
    </message>
    <message>
        <source>Visits by outcome; percentages of the planned visits, completion of the visits due</source>
        <translation>Visits by outcome; percentages of the planned visits, completion of the visits due</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visit</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Arm</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Completed on time</translation>
    </message>
    <message>
        <source>Completed out of window</source>
        <translation>Completed out of window</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Pending (not yet due)</source>
        <translation>Pending (not yet due)</translation>
    </message>
    <message>
        <source>Completed of due</source>
        <translation>Completed of due</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>All arms</translation>
    </message>
    <message>
        <source>Visits every arm has, for randomized participants except those randomized in error. Overdue: the window has closed and nothing is recorded. Pending: the window has not closed at the data cut (site&apos;s calendar date). Due: planned minus pending.</source>
        <translation>Visits every arm has, for randomized participants except those randomized in error. Overdue: the window has closed and nothing is recorded. Pending: the window has not closed at the data cut (site&apos;s calendar date). Due: planned minus pending.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Unknown report format.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::StatsSupport</name>
    <message>
        <source>The %1 report shows results by arm, which your role (%2) may not see. Ask the trial&apos;s statistician or an unblinded investigator for it.</source>
        <translation>The %1 report shows results by arm, which your role (%2) may not see. Ask the trial&apos;s statistician or an unblinded investigator for it.</translation>
    </message>
    <message>
        <source>Could not read the item values for the report.</source>
        <translation>Could not read the item values for the report.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>A count and its percentage in a table cell, e.g. &quot;12 (40.0%)&quot;.</extracomment>
        <translation>%1 (%2%)</translation>
    </message>
    <message>
        <source>Descriptive summary of the data entered so far, not the trial&apos;s analysis.</source>
        <translation>Descriptive summary of the data entered so far, not the trial&apos;s analysis.</translation>
    </message>
</context>
</TS>
