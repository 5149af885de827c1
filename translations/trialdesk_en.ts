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
</context>
<context>
    <name>trialdesk::cli::AuditCommands</name>
    <message>
        <source>Re-walk the audit chain; exit 3 at the first broken entry.</source>
        <translation>Re-walk the audit chain; exit 3 at the first broken entry.</translation>
    </message>
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
        <source>The trial seed, 64 hexadecimal digits.</source>
        <translation>The trial seed, 64 hexadecimal digits.</translation>
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
        <source>These accounts need a new password (user reset-password): %1</source>
        <translation>These accounts need a new password (user reset-password): %1</translation>
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
        <source>cannot write %1: %2</source>
        <translation>cannot write %1: %2</translation>
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
        <source>design %1, stratum %2: sequences %3 to %4 were never allocated</source>
        <translation>design %1, stratum %2: sequences %3 to %4 were never allocated</translation>
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
    <name>trialdesk::cli::SessionOpener</name>
    <message>
        <source>this command needs --workspace DIR --user NAME --password-stdin (the password on the first line of standard input).</source>
        <translation>this command needs --workspace DIR --user NAME --password-stdin (the password on the first line of standard input).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>no password on standard input.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SettingsCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>Show the idle lock delay and the login policy.</source>
        <translation>Show the idle lock delay and the login policy.</translation>
    </message>
    <message>
        <source>Change the idle lock delay or the login policy (administrator).</source>
        <translation>Change the idle lock delay or the login policy (administrator).</translation>
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
        <source>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes.</source>
        <translation>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes.</translation>
    </message>
    <message>
        <source>Settings changed.</source>
        <translation>Settings changed.</translation>
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
    <name>trialdesk::core::AuditService</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Cannot write %1: %2.</translation>
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
</context>
<context>
    <name>trialdesk::core::BackupService</name>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Cannot copy %1 to %2.</translation>
    </message>
    <message>
        <source>Say why the backup is made (for example &quot;weekly&quot;).</source>
        <translation>Say why the backup is made (for example &quot;weekly&quot;).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Cannot create %1: %2.</translation>
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
        <source>The demo coordinator account could not sign in (%1): this demo trial is incomplete.</source>
        <translation>The demo coordinator account could not sign in (%1): this demo trial is incomplete.</translation>
    </message>
    <message>
        <source>The demo protocol has no site or no current consent form.</source>
        <translation>The demo protocol has no site or no current consent form.</translation>
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
        <source>Cannot write %1: %2. Choose another file.</source>
        <translation>Cannot write %1: %2. Choose another file.</translation>
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
    <name>trialdesk::core::KeyService</name>
    <message>
        <source>A reason is required to rotate the database key.</source>
        <translation>A reason is required to rotate the database key.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Cannot create %1.</translation>
    </message>
    <message>
        <source>The database key was changed but %1 could not be moved into place. Do not delete %2: signing in again finishes the change.</source>
        <translation>The database key was changed but %1 could not be moved into place. Do not delete %2: signing in again finishes the change.</translation>
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
        <source>Could not prepare the participant query</source>
        <translation>Could not prepare the participant query</translation>
    </message>
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
        <source>%1 (electronic signature: I confirm the randomization was in error)</source>
        <translation>%1 (electronic signature: I confirm the randomization was in error)</translation>
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
        <source>Design version %1 is not a valid blocks design: the entry cannot be checked.</source>
        <translation>Design version %1 is not a valid blocks design: the entry cannot be checked.</translation>
    </message>
    <message>
        <source>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</source>
        <translation>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</translation>
    </message>
    <message>
        <source>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</source>
        <translation>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 was allocated more than once.</source>
        <translation>Stratum %1, sequence %2 was allocated more than once.</translation>
    </message>
    <message>
        <source>Could not write the randomization log to %1 (%2). Check the disk and try again.</source>
        <translation>Could not write the randomization log to %1 (%2). Check the disk and try again.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationService</name>
    <message>
        <source>I confirm eligibility and consent</source>
        <translation>I confirm eligibility and consent</translation>
    </message>
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
        <source>The database could not be read after the key change.</source>
        <translation>The database could not be read after the key change.</translation>
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
    <message numerus="yes">
        <source>Wrong password. Too many attempts: try again in %n minute(s).</source>
        <translation>
            <numerusform>Wrong password. Too many attempts: try again in %n minute.</numerusform>
            <numerusform>Wrong password. Too many attempts: try again in %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Wrong password.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::UserService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>There is no user %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</translation>
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
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</translation>
    </message>
    <message>
        <source>Choose a folder for the trial workspace.</source>
        <translation>Choose a folder for the trial workspace.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</source>
        <translation>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</translation>
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
    <name>trialdesk::gui::FirstRunWizard</name>
    <message>
        <source>TrialDesk — New trial</source>
        <translation>TrialDesk — New trial</translation>
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
</context>
<context>
    <name>trialdesk::gui::MainWindow</name>
    <message>
        <source>You opened the trial with the recovery code: choose a new password now.</source>
        <translation>You opened the trial with the recovery code: choose a new password now.</translation>
    </message>
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
        <source>Gap in stratum %1 (design v%2): sequences %3 to %4 are missing.</source>
        <translation>Gap in stratum %1 (design v%2): sequences %3 to %4 are missing.</translation>
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
        <source>%1 cannot be written (%2): choose another folder or file name.</source>
        <translation>%1 cannot be written (%2): choose another folder or file name.</translation>
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
</context>
<context>
    <name>trialdesk::gui::RandomizationLogPdf</name>
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
            <numerusform>%n allocation</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatches</source>
        <translation>
            <numerusform>%n mismatch</numerusform>
            <numerusform>%n mismatches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n duplicate</numerusform>
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
        <source>gap in stratum %1 (design v%2): sequences %3 to %4 missing</source>
        <translation>gap in stratum %1 (design v%2): sequences %3 to %4 missing</translation>
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
        <source>Trial:</source>
        <translation>Trial:</translation>
    </message>
    <message>
        <source>Data cut:</source>
        <translation>Data cut:</translation>
    </message>
    <message>
        <source>Generated by:</source>
        <translation>Generated by:</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced: close it or choose another name.</source>
        <translation>%1 exists and cannot be replaced: close it or choose another name.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: check that the folder exists and is writable, then export again.</source>
        <translation>The PDF could not be written to %1: check that the folder exists and is writable, then export again.</translation>
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
        <source>A backup is a complete, still encrypted copy of the trial, made in the workspace&apos;s backups folder. The passwords and the recovery code valid when it was made open it. Copy backup folders to a safe place away from this computer.</source>
        <translation>A backup is a complete, still encrypted copy of the trial, made in the workspace&apos;s backups folder. The passwords and the recovery code valid when it was made open it. Copy backup folders to a safe place away from this computer.</translation>
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
        <source>A complete encrypted copy of the trial is made now in the workspace&apos;s backups folder. The entry in the audit trail records why.</source>
        <translation>A complete encrypted copy of the trial is made now in the workspace&apos;s backups folder. The entry in the audit trail records why.</translation>
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
</TS>
