<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>Action</name>
    <message>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <source>manage sites</source>
        <translation>gérer les sites</translation>
    </message>
    <message>
        <source>rotate the database key</source>
        <translation>changer la clé de la base de données</translation>
    </message>
    <message>
        <source>change one&apos;s own password</source>
        <translation>changer son propre mot de passe</translation>
    </message>
    <message>
        <source>view the audit trail</source>
        <translation>consulter la piste de vérification</translation>
    </message>
    <message>
        <source>export the audit trail</source>
        <translation>exporter la piste de vérification</translation>
    </message>
    <message>
        <source>verify the audit chain</source>
        <translation>vérifier l&apos;intégrité de la piste de vérification</translation>
    </message>
    <message>
        <source>view the protocol</source>
        <translation>consulter le protocole</translation>
    </message>
    <message>
        <source>amend the protocol</source>
        <translation>modifier le protocole</translation>
    </message>
    <message>
        <source>view the concealed randomization design</source>
        <translation>consulter le plan de randomisation dissimulé</translation>
    </message>
    <message>
        <source>edit the randomization design</source>
        <translation>modifier le plan de randomisation</translation>
    </message>
    <message>
        <source>reveal the randomization seed</source>
        <translation>révéler le germe de randomisation</translation>
    </message>
    <message>
        <source>export the allocation list</source>
        <translation>exporter la liste de répartition</translation>
    </message>
    <message>
        <source>simulate randomization designs</source>
        <translation>simuler des plans de randomisation</translation>
    </message>
    <message>
        <source>record screening</source>
        <translation>consigner la présélection</translation>
    </message>
    <message>
        <source>record consent</source>
        <translation>consigner le consentement</translation>
    </message>
    <message>
        <source>register participants</source>
        <translation>inscrire des participants</translation>
    </message>
    <message>
        <source>view participants</source>
        <translation>consulter les participants</translation>
    </message>
    <message>
        <source>view participants&apos; identity</source>
        <translation>consulter l&apos;identité des participants</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>randomiser des participants</translation>
    </message>
    <message>
        <source>see allocated arms</source>
        <translation>voir les bras attribués</translation>
    </message>
    <message>
        <source>view the randomization log</source>
        <translation>consulter le registre de randomisation</translation>
    </message>
    <message>
        <source>export the randomization log</source>
        <translation>exporter le registre de randomisation</translation>
    </message>
    <message>
        <source>change a participant&apos;s status</source>
        <translation>changer le statut d&apos;un participant</translation>
    </message>
    <message>
        <source>view visits</source>
        <translation>consulter les visites</translation>
    </message>
    <message>
        <source>manage visits</source>
        <translation>gérer les visites</translation>
    </message>
    <message>
        <source>enter form data</source>
        <translation>saisir les données des formulaires</translation>
    </message>
    <message>
        <source>verify form data</source>
        <translation>vérifier les données des formulaires</translation>
    </message>
    <message>
        <source>lock forms</source>
        <translation>verrouiller des formulaires</translation>
    </message>
    <message>
        <source>raise data queries</source>
        <translation>émettre des demandes de clarification</translation>
    </message>
    <message>
        <source>answer data queries</source>
        <translation>répondre aux demandes de clarification</translation>
    </message>
    <message>
        <source>view reports</source>
        <translation>consulter les rapports</translation>
    </message>
    <message>
        <source>view reports by arm</source>
        <translation>consulter les rapports par bras</translation>
    </message>
    <message>
        <source>export trial data</source>
        <translation>exporter les données de l&apos;essai</translation>
    </message>
    <message>
        <source>export identifying data</source>
        <translation>exporter des données nominatives</translation>
    </message>
    <message>
        <source>populate a demo trial</source>
        <translation>remplir un essai de démonstration</translation>
    </message>
    <message>
        <source>back up the trial workspace</source>
        <translation>sauvegarder l&apos;espace de travail de l&apos;essai</translation>
    </message>
</context>
<context>
    <name>KeySlot</name>
    <message>
        <source>The cryptographic library (libsodium) could not start. Reinstall TrialDesk or ask your IT support for help.</source>
        <translation>La bibliothèque cryptographique (libsodium) n&apos;a pas pu démarrer. Réinstallez TrialDesk ou demandez de l&apos;aide au soutien informatique.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the password (%1 MiB needed). Close other programs and try again.</source>
        <translation>Mémoire insuffisante pour dériver la clé du mot de passe (%1 Mio nécessaires). Fermez d&apos;autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The key slot file %1 is damaged or is not a TrialDesk key slot: %2. Restore it from a backup, or ask the administrator to set up your key slot again.</source>
        <translation>Le fichier d&apos;emplacement de clé %1 est endommagé ou n&apos;est pas un emplacement de clé TrialDesk&#xa0;: %2. Restaurez-le à partir d&apos;une sauvegarde, ou demandez à l&apos;administrateur de créer de nouveau votre emplacement de clé.</translation>
    </message>
    <message>
        <source>A key slot cannot be made from these settings (user name, key or Argon2id cost out of range).</source>
        <translation>Impossible de créer un emplacement de clé avec ces paramètres (nom d&apos;utilisateur, clé ou coût Argon2id hors limites).</translation>
    </message>
    <message>
        <source>the file is far too large</source>
        <translation>le fichier est beaucoup trop volumineux</translation>
    </message>
    <message>
        <source>it is not valid JSON (truncated or edited?)</source>
        <translation>ce n&apos;est pas du JSON valide (tronqué ou modifié&#x202f;?)</translation>
    </message>
    <message>
        <source>its format is not &quot;%1&quot;</source>
        <translation>son format n&apos;est pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>its version is missing or not a number</source>
        <translation>sa version est absente ou n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>The key slot file %1 has format version %2, but this program reads version %3 only. Open the workspace with the TrialDesk version that wrote it, or newer.</source>
        <translation>Le fichier d&apos;emplacement de clé %1 est en version de format %2, mais ce programme ne lit que la version %3. Ouvrez l&apos;espace de travail avec la version de TrialDesk qui l&apos;a écrit, ou une version plus récente.</translation>
    </message>
    <message>
        <source>its kind is neither &quot;user&quot; nor &quot;recovery&quot;</source>
        <translation>son type n&apos;est ni «&#xa0;user&#xa0;» ni «&#xa0;recovery&#xa0;»</translation>
    </message>
    <message>
        <source>its user name is missing or not valid</source>
        <translation>son nom d&apos;utilisateur est absent ou invalide</translation>
    </message>
    <message>
        <source>its creation time is missing or not valid</source>
        <translation>sa date de création est absente ou invalide</translation>
    </message>
    <message>
        <source>its key identifier is missing or not valid</source>
        <translation>son identifiant de clé est absent ou invalide</translation>
    </message>
    <message>
        <source>its key derivation is not %1</source>
        <translation>sa dérivation de clé n&apos;est pas %1</translation>
    </message>
    <message>
        <source>its key derivation parameters are missing or not valid</source>
        <translation>ses paramètres de dérivation de clé sont absents ou invalides</translation>
    </message>
    <message>
        <source>its encryption is not %1</source>
        <translation>son chiffrement n&apos;est pas %1</translation>
    </message>
    <message>
        <source>its nonce or wrapped key is missing or not valid</source>
        <translation>son nonce ou sa clé enveloppée est absent ou invalide</translation>
    </message>
    <message>
        <source>its checksum is missing or not valid</source>
        <translation>sa somme de contrôle est absente ou invalide</translation>
    </message>
    <message>
        <source>its checksum does not match its contents</source>
        <translation>sa somme de contrôle ne correspond pas à son contenu</translation>
    </message>
    <message>
        <source>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, below the minimum of %4 passes over %5 MiB: it was not written by TrialDesk and may have been forged. Restore it from a backup, or ask the administrator to set up your key slot again.</source>
        <translation>Le fichier d&apos;emplacement de clé %1 demande Argon2id avec %2 passes sur %3 Mio, sous le minimum de %4 passes sur %5 Mio&#xa0;: il n&apos;a pas été écrit par TrialDesk et pourrait avoir été falsifié. Restaurez-le à partir d&apos;une sauvegarde, ou demandez à l&apos;administrateur de créer de nouveau votre emplacement de clé.</translation>
    </message>
    <message>
        <source>The key slot file %1 asks for Argon2id with %2 passes over %3 MiB, more than this program allows (%4 passes, %5 MiB). Open the workspace with the TrialDesk version that wrote it, or restore the file from a backup.</source>
        <translation>Le fichier d&apos;emplacement de clé %1 demande Argon2id avec %2 passes sur %3 Mio, plus que ce que permet ce programme (%4 passes, %5 Mio). Ouvrez l&apos;espace de travail avec la version de TrialDesk qui l&apos;a écrit, ou restaurez le fichier à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The recovery code is wrong. Compare it with the copy written down when the trial was created and type it again.</source>
        <translation>Le code de récupération est erroné. Comparez-le avec la copie notée à la création de l&apos;essai et tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>The password for user %1 is wrong. Check Caps Lock and the keyboard layout, then try again.</source>
        <translation>Le mot de passe de l&apos;utilisateur %1 est erroné. Vérifiez la touche de verrouillage des majuscules et la disposition du clavier, puis réessayez.</translation>
    </message>
    <message>
        <source>its key identifier does not match the key</source>
        <translation>son identifiant de clé ne correspond pas à la clé</translation>
    </message>
</context>
<context>
    <name>KeySlotStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide&#xa0;: utilisez de 1 à 64 lettres minuscules, chiffres, points, traits d&apos;union ou traits de soulignement, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>There is no key slot for user %1 in %2. Check the user name, or ask the administrator to add you.</source>
        <translation>Il n&apos;y a aucun emplacement de clé pour l&apos;utilisateur %1 dans %2. Vérifiez le nom d&apos;utilisateur, ou demandez à l&apos;administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>The password is too short: it must have at least %1 characters. A few unrelated words make a long password that is easy to remember.</source>
        <translation>Le mot de passe est trop court&#xa0;: il doit compter au moins %1 caractères. Quelques mots sans lien entre eux forment un mot de passe long et facile à retenir.</translation>
    </message>
    <message>
        <source>The Argon2id cost must be %1 to %2 passes over %3 to %4 MiB.</source>
        <translation>Le coût Argon2id doit être de %1 à %2 passes sur %3 à %4 Mio.</translation>
    </message>
    <message>
        <source>Could not remove the key slot file %1: %2. Check the folder&apos;s permissions and try again.</source>
        <translation>Impossible de supprimer le fichier d&apos;emplacement de clé %1&#xa0;: %2. Vérifiez les autorisations du dossier et réessayez.</translation>
    </message>
    <message>
        <source>There is no recovery key slot (%1). Restore it from a backup; without it the recovery code cannot open the trial.</source>
        <translation>Il n&apos;y a aucun emplacement de clé de récupération (%1). Restaurez-le à partir d&apos;une sauvegarde&#x202f;; sans lui, le code de récupération ne peut pas ouvrir l&apos;essai.</translation>
    </message>
    <message>
        <source>Could not read the key slot file %1: %2. Check the file&apos;s permissions and try again.</source>
        <translation>Impossible de lire le fichier d&apos;emplacement de clé %1&#xa0;: %2. Vérifiez les autorisations du fichier et réessayez.</translation>
    </message>
    <message>
        <source>the recovery slot</source>
        <translation>l&apos;emplacement de récupération</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>The key slot file %1 belongs to %2: it was renamed or copied. Restore the right file from a backup, or ask the administrator to set up the key slot again.</source>
        <translation>Le fichier d&apos;emplacement de clé %1 appartient à %2&#xa0;: il a été renommé ou copié. Restaurez le bon fichier à partir d&apos;une sauvegarde, ou demandez à l&apos;administrateur de créer de nouveau l&apos;emplacement de clé.</translation>
    </message>
    <message>
        <source>Could not create the key slot folder %1. Check that the disk is writable and try again.</source>
        <translation>Impossible de créer le dossier des emplacements de clé %1. Vérifiez que le disque est accessible en écriture et réessayez.</translation>
    </message>
    <message>
        <source>Could not write the key slot file %1: %2. Nothing was changed; check the disk space and the folder&apos;s permissions, then try again.</source>
        <translation>Impossible d&apos;écrire le fichier d&apos;emplacement de clé %1&#xa0;: %2. Rien n&apos;a été modifié&#x202f;; vérifiez l&apos;espace disque et les autorisations du dossier, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>TrialDesk runs a randomized controlled trial on clinic workstations.</source>
        <translation>TrialDesk mène un essai contrôlé randomisé sur les postes de travail de la clinique.</translation>
    </message>
    <message>
        <source>Open the demo trial (created on first use, one account per role).</source>
        <translation>Ouvrir l&apos;essai de démonstration (créé à la première utilisation, un compte par rôle).</translation>
    </message>
    <message>
        <source>Open the trial workspace in &lt;folder&gt;.</source>
        <translation>Ouvrir l&apos;espace de travail de l&apos;essai situé dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>TrialDesk demo trial in %1</source>
        <translation>Essai de démonstration TrialDesk dans %1</translation>
    </message>
    <message>
        <source>Demo trial with synthetic data. Accounts (passwords are printed in the terminal):</source>
        <translation>Essai de démonstration avec des données synthétiques. Comptes (les mots de passe sont affichés dans le terminal)&#xa0;:</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk workspace. Check the folder, or start TrialDesk without --workspace to create a trial.</source>
        <translation>%1 n&apos;est pas un espace de travail TrialDesk. Vérifiez le dossier, ou lancez TrialDesk sans --workspace pour créer un essai.</translation>
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
        <translation>Randomisé par erreur</translation>
    </message>
    <message>
        <source>Stratum misclassification noted</source>
        <translation>Erreur de classement dans une strate constatée</translation>
    </message>
    <message>
        <source>Withdrawal</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <source>Protocol deviation</source>
        <translation>Déviation au protocole</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
</context>
<context>
    <name>ParticipantStatus</name>
    <message>
        <source>Registered, not randomized</source>
        <translation>Inscrit, non randomisé</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisé</translation>
    </message>
    <message>
        <source>Randomized in error</source>
        <translation>Randomisé par erreur</translation>
    </message>
    <message>
        <source>Withdrawn from the intervention</source>
        <translation>Retiré de l&apos;intervention</translation>
    </message>
    <message>
        <source>Withdrawn from follow-up</source>
        <translation>Retiré du suivi</translation>
    </message>
    <message>
        <source>Withdrawn from data use</source>
        <translation>Retiré de l&apos;utilisation des données</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
    </message>
</context>
<context>
    <name>RecoveryCode</name>
    <message>
        <source>Character %1 of the recovery code is not one of its letters or digits. Check the code as written down and type it again.</source>
        <translation>Le caractère %1 du code de récupération n&apos;est pas une de ses lettres ou un de ses chiffres. Vérifiez le code tel qu&apos;il a été noté et tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>The recovery code typed is too long: a recovery code has %1 letters and digits in groups of %2. Check the code as written down and type it again.</source>
        <translation>Le code de récupération tapé est trop long&#xa0;: un code de récupération compte %1 lettres et chiffres en groupes de %2. Vérifiez le code tel qu&apos;il a été noté et tapez-le de nouveau.</translation>
    </message>
    <message>
        <source>The recovery code typed has %1 letters and digits, but a recovery code has %2 in groups of %3. Check the code as written down and type it again.</source>
        <translation>Le code de récupération tapé compte %1 lettres et chiffres, mais un code de récupération en compte %2 en groupes de %3. Vérifiez le code tel qu&apos;il a été noté et tapez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Trial coordinator</source>
        <translation>Coordonnateur de l&apos;essai</translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation>Investigateur</translation>
    </message>
    <message>
        <source>Outcome assessor (blinded)</source>
        <translation>Évaluateur des résultats (à l&apos;insu)</translation>
    </message>
    <message>
        <source>Statistician (unblinded)</source>
        <translation>Statisticien (sans insu)</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Moniteur</translation>
    </message>
</context>
<context>
    <name>ScreeningOutcome</name>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Not eligible</source>
        <translation>Non admissible</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Refus</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
</context>
<context>
    <name>SecretKey</name>
    <message>
        <source>A key must be exactly %1 bytes long, not %2 bytes.</source>
        <translation>Une clé doit compter exactement %1 octets, et non %2 octets.</translation>
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
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Randomization design</source>
        <translation>Plan de randomisation</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Registre de randomisation</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::AuditCommands</name>
    <message>
        <source>Re-walk the audit chain; exit 3 at the first broken entry.</source>
        <translation>Reparcourir la chaîne de la piste de vérification&#x202f;; code de sortie 3 à la première entrée rompue.</translation>
    </message>
    <message>
        <source>Export the audit trail as CSV (the export is itself audited).</source>
        <translation>Exporter la piste de vérification en CSV (l&apos;exportation est elle-même consignée).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Only entries by this user.</source>
        <translation>Seulement les entrées de cet utilisateur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Only entries about this kind of entity.</source>
        <translation>Seulement les entrées sur ce type d&apos;entité.</translation>
    </message>
    <message>
        <source>ENTITY</source>
        <translation>ENTITÉ</translation>
    </message>
    <message>
        <source>Only entries on or after this UTC date.</source>
        <translation>Seulement les entrées de cette date UTC ou après.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Only entries on or before this UTC date.</source>
        <translation>Seulement les entrées de cette date UTC ou avant.</translation>
    </message>
    <message>
        <source>audit export needs --output FILE.</source>
        <translation>audit export exige --output FICHIER.</translation>
    </message>
    <message>
        <source>--%1 needs a date YYYY-MM-DD.</source>
        <translation>--%1 exige une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Audit trail exported to %1.</source>
        <translation>Piste de vérification exportée dans %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::BackupCommand</name>
    <message>
        <source>Back up the workspace (encrypted); prints the backup folder.</source>
        <translation>Sauvegarder l&apos;espace de travail (chiffré)&#x202f;; affiche le dossier de la sauvegarde.</translation>
    </message>
    <message>
        <source>Why the backup is made (audited).</source>
        <translation>La raison de la sauvegarde (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::CliRunner</name>
    <message>
        <source>Usage: trialdesk-cli [--workspace DIR --user NAME --password-stdin] COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: trialdesk-cli [--workspace DOSSIER --user NOM --password-stdin] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Secrets are read from standard input: the first line is the password, the second a new secret.</source>
        <translation>Les secrets sont lus sur l&apos;entrée standard&#xa0;: la première ligne est le mot de passe, la deuxième un nouveau secret.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Run trialdesk-cli COMMAND --help for the options of a command.</source>
        <translation>Lancez trialdesk-cli COMMANDE --help pour les options d&apos;une commande.</translation>
    </message>
    <message>
        <source>trialdesk-cli: unknown command &quot;%1&quot;.</source>
        <translation>trialdesk-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>trialdesk-cli: &quot;%1&quot; expects %2 argument(s): %3</source>
        <translation>trialdesk-cli&#xa0;: «&#xa0;%1&#xa0;» attend %2 argument(s)&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DemoPopulateCommand</name>
    <message>
        <source>Fill a demo trial with a synthetic trial (deterministic from the seed).</source>
        <translation>Remplir un essai de démonstration avec des données synthétiques (déterministes à partir du germe).</translation>
    </message>
    <message>
        <source>How many participants to randomize.</source>
        <translation>Nombre de participants à randomiser.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>1 to 64 hexadecimal digits.</source>
        <translation>De 1 à 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>demo populate needs --participants N --seed HEX.</source>
        <translation>demo populate exige --participants N --seed HEX.</translation>
    </message>
    <message>
        <source>%1 / %2 randomized</source>
        <translation>%1 / %2 randomisés</translation>
    </message>
    <message>
        <source>screened %1, not eligible %2, declined %3, other %4, randomized %5, withdrawn %6</source>
        <translation>présélectionnés %1, non admissibles %2, refus %3, autres %4, randomisés %5, retirés %6</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignSeedCommand</name>
    <message>
        <source>Print a new trial seed (64 hexadecimal digits) from the secure random source.</source>
        <translation>Afficher un nouveau germe d&apos;essai (64 chiffres hexadécimaux) tiré de la source aléatoire sécurisée.</translation>
    </message>
    <message>
        <source>The secure random source could not be initialised; no seed was made. Try again.</source>
        <translation>La source aléatoire sécurisée n&apos;a pas pu être initialisée&#x202f;; aucun germe n&apos;a été produit. Réessayez.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignShowCommand</name>
    <message>
        <source>Show the trial&apos;s randomization design as your role may see it (--reveal-seed is audited).</source>
        <translation>Afficher le plan de randomisation de l&apos;essai tel que votre rôle permet de le voir (--reveal-seed est consigné dans la piste de vérification).</translation>
    </message>
    <message>
        <source>Also print the seed (statistician and administrator only; audited).</source>
        <translation>Afficher aussi le germe (statisticien et administrateur seulement&#x202f;; consigné dans la piste de vérification).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher en JSON plutôt qu&apos;en texte.</translation>
    </message>
    <message>
        <source>Randomization design, version %1</source>
        <translation>Plan de randomisation, version %1</translation>
    </message>
    <message>
        <source>Locked since %1 (first randomization).</source>
        <translation>Verrouillé depuis le %1 (première randomisation).</translation>
    </message>
    <message>
        <source>Not locked (no participant randomized yet).</source>
        <translation>Non verrouillé (aucun participant randomisé pour l&apos;instant).</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode&#xa0;: %1</translation>
    </message>
    <message>
        <source>Arms:</source>
        <translation>Bras&#xa0;:</translation>
    </message>
    <message>
        <source>Stratification factors (%1 strata):</source>
        <translation>Facteurs de stratification (%1 strates)&#xa0;:</translation>
    </message>
    <message>
        <source> (site)</source>
        <translation> (site)</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>poids %1</translation>
    </message>
    <message>
        <source>Block multiples: %1 (block sizes %2)</source>
        <translation>Multiples de bloc&#xa0;: %1 (tailles de bloc %2)</translation>
    </message>
    <message>
        <source>Minimization: %1 imbalance, probability %2 of the minimizing arm</source>
        <translation>Minimisation&#xa0;: déséquilibre %1, probabilité %2 du bras qui minimise le déséquilibre</translation>
    </message>
    <message>
        <source>Seed: %1</source>
        <translation>Germe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DesignStreamCommand</name>
    <message>
        <source>Print one stratum&apos;s allocation sequence (spec v1) as CSV, from a seed and a design.</source>
        <translation>Afficher en CSV la séquence de répartition d&apos;une strate (spéc. v1), à partir d&apos;un germe et d&apos;un plan.</translation>
    </message>
    <message>
        <source>The trial seed, 64 hexadecimal digits.</source>
        <translation>Le germe de l&apos;essai, 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>Arms and weights, e.g. PP:1,UC:1.</source>
        <translation>Bras et poids, p. ex. PP:1,UC:1.</translation>
    </message>
    <message>
        <source>ARMS</source>
        <translation>BRAS</translation>
    </message>
    <message>
        <source>Allowed block multiples, e.g. 2,3.</source>
        <translation>Multiples de bloc permis, p. ex. 2,3.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>The stratum index (0 without strata).</source>
        <translation>L&apos;indice de la strate (0 sans strates).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>How many blocks to print.</source>
        <translation>Nombre de blocs à afficher.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli design stream --help.</source>
        <translation>--%1 est obligatoire&#x202f;; voyez trialdesk-cli design stream --help.</translation>
    </message>
    <message>
        <source>The stratum index must be a whole number from 0 to %1.</source>
        <translation>L&apos;indice de la strate doit être un nombre entier de 0 à %1.</translation>
    </message>
    <message>
        <source>The number of blocks must be from 1 to %1.</source>
        <translation>Le nombre de blocs doit être de 1 à %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::EnrollCommand</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 n&apos;est pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <source>Screen an eligible person, record the consent and register them; prints the study ID.</source>
        <translation>Présélectionner une personne admissible, consigner son consentement et l&apos;inscrire&#x202f;; affiche l&apos;identifiant d&apos;étude.</translation>
    </message>
    <message>
        <source>The site code.</source>
        <translation>Le code du site.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Stratum values, e.g. condition=HF.</source>
        <translation>Valeurs de strate, p. ex. condition=HF.</translation>
    </message>
    <message>
        <source>FACTOR=LEVEL[,FACTOR=LEVEL]</source>
        <translation>FACTEUR=NIVEAU[,FACTEUR=NIVEAU]</translation>
    </message>
    <message>
        <source>The consent form version signed.</source>
        <translation>La version signée du formulaire de consentement.</translation>
    </message>
    <message>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <source>The day consent was given.</source>
        <translation>Le jour où le consentement a été donné.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>JSON file: {&quot;date&quot;, &quot;age&quot;, &quot;sex&quot;, &quot;answers&quot;: {criterion: true|false}} (default: every criterion satisfied, screened on the consent date).</source>
        <translation>Fichier JSON avec les clés date, age, sex et answers (un objet {critère:true|false}) (par défaut&#xa0;: chaque critère rempli, présélection à la date du consentement).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>JSON file: {&quot;last_name&quot;, &quot;first_name&quot;, &quot;date_of_birth&quot;, &quot;ramq&quot;, &quot;phone&quot;, &quot;email&quot;, &quot;language&quot;}.</source>
        <translation>Fichier JSON avec les clés last_name, first_name, date_of_birth, ramq, phone, email et language.</translation>
    </message>
    <message>
        <source>enroll needs --site CODE --stratum FACTOR=LEVEL --consent-version V --consent-date YYYY-MM-DD.</source>
        <translation>enroll exige --site CODE --stratum FACTEUR=NIVEAU --consent-version V --consent-date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>--consent-date must be a date YYYY-MM-DD.</source>
        <translation>--consent-date exige une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FACTOR=LEVEL.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme FACTEUR=NIVEAU.</translation>
    </message>
    <message>
        <source>Screening %1 registered as %2.</source>
        <translation>Présélection %1 inscrite comme %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::GlobalOptions</name>
    <message>
        <source>The trial workspace folder.</source>
        <translation>Le dossier de l&apos;espace de travail de l&apos;essai.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>Le nom d&apos;utilisateur avec lequel se connecter.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Read the password (and a new secret, where needed) from standard input.</source>
        <translation>Lire le mot de passe (et un nouveau secret, au besoin) sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::InitCommand</name>
    <message>
        <source>Create a trial workspace; prints the recovery code.</source>
        <translation>Créer un espace de travail d&apos;essai&#x202f;; affiche le code de récupération.</translation>
    </message>
    <message>
        <source>The trial&apos;s name.</source>
        <translation>Le nom de l&apos;essai.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The administrator&apos;s user name.</source>
        <translation>Le nom d&apos;utilisateur de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The administrator&apos;s full name.</source>
        <translation>Le nom complet de l&apos;administrateur.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>A protocol file (JSON); the bundled default otherwise.</source>
        <translation>Un fichier de protocole (JSON)&#x202f;; sinon, le protocole fourni par défaut.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>init needs --workspace DIR --trial-name NAME --admin NAME --password-stdin (the administrator&apos;s password on standard input).</source>
        <translation>init exige --workspace DOSSIER --trial-name NOM --admin NOM --password-stdin (le mot de passe de l&apos;administrateur sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Trial workspace created. The line above is the recovery code: it is shown only once. Write it down and keep it in a safe place.</source>
        <translation>Espace de travail de l&apos;essai créé. La ligne ci-dessus est le code de récupération&#xa0;: il n&apos;est affiché qu&apos;une seule fois. Notez-le et conservez-le en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::KeyRotateCommand</name>
    <message>
        <source>Re-encrypt the database under a new key; prints the new recovery code.</source>
        <translation>Rechiffrer la base de données avec une nouvelle clé&#x202f;; affiche le nouveau code de récupération.</translation>
    </message>
    <message>
        <source>Why the key is rotated (audited).</source>
        <translation>La raison du changement de clé (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>key rotate needs --reason TEXT.</source>
        <translation>key rotate exige --reason TEXTE.</translation>
    </message>
    <message>
        <source>key rotate needs --password-stdin.</source>
        <translation>key rotate exige --password-stdin.</translation>
    </message>
    <message>
        <source>The database key was changed. The line above is the new recovery code, shown only once; the old code no longer opens the trial.</source>
        <translation>La clé de la base de données a été changée. La ligne ci-dessus est le nouveau code de récupération, affiché une seule fois&#x202f;; l&apos;ancien code n&apos;ouvre plus l&apos;essai.</translation>
    </message>
    <message>
        <source>These accounts need a new password (user reset-password): %1</source>
        <translation>Ces comptes ont besoin d&apos;un nouveau mot de passe (user reset-password)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ListExportCommand</name>
    <message>
        <source>Export the allocation list (first N entries of every stratum) as spec CSV or a REDCap table; audited.</source>
        <translation>Exporter la liste de répartition (les N premières entrées de chaque strate) en CSV de la spécification ou en table REDCap&#x202f;; consigné dans la piste de vérification.</translation>
    </message>
    <message>
        <source>Entries to write for each stratum.</source>
        <translation>Nombre d&apos;entrées à écrire pour chaque strate.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>spec (the spec&apos;s CSV) or redcap (a REDCap allocation table).</source>
        <translation>spec (le CSV de la spécification) ou redcap (une table de répartition REDCap).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli list export --help.</source>
        <translation>--%1 est obligatoire&#x202f;; voyez trialdesk-cli list export --help.</translation>
    </message>
    <message>
        <source>--per-stratum must be a whole number from 1 to %1.</source>
        <translation>--per-stratum doit être un nombre entier de 1 à %1.</translation>
    </message>
    <message>
        <source>--format must be spec or redcap, not &quot;%1&quot;.</source>
        <translation>--format doit valoir spec ou redcap, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 allocations written to %2 (readable by you only; keep it concealed).</source>
        <translation>%1 répartitions écrites dans %2 (lisible par vous seul&#x202f;; gardez-le confidentiel).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::LogCommands</name>
    <message>
        <source>Export the randomization log as CSV (audited).</source>
        <translation>Exporter le registre de randomisation en CSV (consigné dans la piste de vérification).</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Le fichier CSV à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>log export needs --output FILE.</source>
        <translation>log export exige --output FICHIER.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Randomization log exported to %1.</source>
        <translation>Registre de randomisation exporté dans %1.</translation>
    </message>
    <message>
        <source>Verify every allocation against the seed&apos;s streams, gaps, duplicates and the audit chain (exit 3 on a problem).</source>
        <translation>Vérifier chaque répartition par rapport aux flux du germe, les lacunes, les doublons et la chaîne de la piste de vérification (code de sortie 3 en cas de problème).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>design %1, stratum %2: sequences %3 to %4 were never allocated</source>
        <translation>plan %1, strate %2&#xa0;: les séquences %3 à %4 n&apos;ont jamais été attribuées</translation>
    </message>
    <message>
        <source>audit chain: %1</source>
        <translation>chaîne de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 allocations checked: %2 mismatches, %3 duplicates, %4 gaps; audit chain %5, head %6</source>
        <translation>%1 répartitions vérifiées&#xa0;: %2 discordances, %3 doublons, %4 lacunes&#x202f;; chaîne de vérification %5, tête %6</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>ROMPUE</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ProtocolCommands</name>
    <message>
        <source>protocol version %1</source>
        <translation>version %1 du protocole</translation>
    </message>
    <message>
        <source>Show the protocol in force (or version N): a summary, or the JSON definition.</source>
        <translation>Afficher le protocole en vigueur (ou la version N)&#xa0;: un résumé, ou la définition JSON.</translation>
    </message>
    <message>
        <source>Print the protocol&apos;s JSON definition.</source>
        <translation>Afficher la définition JSON du protocole.</translation>
    </message>
    <message>
        <source>The protocol version to show (default: the current one).</source>
        <translation>La version du protocole à afficher (par défaut&#xa0;: celle en vigueur).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--version takes a protocol version number (1 or more).</source>
        <translation>--version exige un numéro de version du protocole (1 ou plus).</translation>
    </message>
    <message>
        <source>The block sizes are concealed from your role and were left out.</source>
        <translation>Les tailles de bloc sont dissimulées à votre rôle et ont été omises.</translation>
    </message>
    <message>
        <source>Amend the protocol with a new definition (administrator, statistician); prints the new version.</source>
        <translation>Modifier le protocole avec une nouvelle définition (administrateur, statisticien)&#x202f;; affiche la nouvelle version.</translation>
    </message>
    <message>
        <source>The amended protocol, a JSON file.</source>
        <translation>Le protocole modifié, un fichier JSON.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Why the protocol changes (audited).</source>
        <translation>La raison de la modification du protocole (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>protocol amend needs --file FILE and --reason TEXT.</source>
        <translation>protocol amend exige --file FICHIER et --reason TEXTE.</translation>
    </message>
    <message>
        <source>Cannot read the protocol file %1: %2. Check the path and the file&apos;s permissions.</source>
        <translation>Impossible de lire le fichier de protocole %1&#xa0;: %2. Vérifiez le chemin et les autorisations du fichier.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::RandomizeCommand</name>
    <message>
        <source>Randomize a participant (signature password on the second line of standard input); prints the arm.</source>
        <translation>Randomiser un participant (mot de passe de signature sur la deuxième ligne de l&apos;entrée standard)&#x202f;; affiche le bras.</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>L&apos;identifiant d&apos;étude, p. ex. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>ID_ÉTUDE</translation>
    </message>
    <message>
        <source>randomize needs --participant STUDY_ID.</source>
        <translation>randomize exige --participant ID_ÉTUDE.</translation>
    </message>
    <message>
        <source>the electronic signature (your password again, meaning &quot;%1&quot;) must be the second line of standard input.</source>
        <translation>la signature électronique (votre mot de passe de nouveau, avec la signification «&#xa0;%1&#xa0;») doit être sur la deuxième ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>%1 randomized to %2 (%3).</source>
        <translation>%1 randomisé dans le bras %2 (%3).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ScreenCommand</name>
    <message>
        <source>Record a screening that did not lead to enrollment (not eligible, declined, other).</source>
        <translation>Consigner une présélection qui n&apos;a pas mené au recrutement (non admissible, refus, autre).</translation>
    </message>
    <message>
        <source>The site code.</source>
        <translation>Le code du site.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>not-eligible, declined or other.</source>
        <translation>not-eligible, declined ou other.</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>RÉSULTAT</translation>
    </message>
    <message>
        <source>Why the person is not enrolled.</source>
        <translation>Pourquoi la personne n&apos;est pas recrutée.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The screening day (default: today).</source>
        <translation>Le jour de la présélection (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Age in years.</source>
        <translation>Âge en années.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>F, M or X.</source>
        <translation>F, M ou X.</translation>
    </message>
    <message>
        <source>SEX</source>
        <translation>SEXE</translation>
    </message>
    <message>
        <source>screen needs --site CODE --outcome not-eligible|declined|other --reason TEXT (enroll an eligible person with the enroll command).</source>
        <translation>screen exige --site CODE --outcome not-eligible|declined|other --reason TEXTE (recrutez une personne admissible avec la commande enroll).</translation>
    </message>
    <message>
        <source>--age must be a number of years.</source>
        <translation>--age doit être un nombre d&apos;années.</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD.</source>
        <translation>--date exige une date AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SessionOpener</name>
    <message>
        <source>this command needs --workspace DIR --user NAME --password-stdin (the password on the first line of standard input).</source>
        <translation>cette commande exige --workspace DOSSIER --user NOM --password-stdin (le mot de passe sur la première ligne de l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SettingsCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 exige un nombre entier de %2 à %3.</translation>
    </message>
    <message>
        <source>Show the idle lock delay and the login policy.</source>
        <translation>Afficher le délai de verrouillage pour inactivité et la politique de connexion.</translation>
    </message>
    <message>
        <source>Change the idle lock delay or the login policy (administrator).</source>
        <translation>Modifier le délai de verrouillage pour inactivité ou la politique de connexion (administrateur).</translation>
    </message>
    <message>
        <source>Minutes of inactivity before the screen locks.</source>
        <translation>Minutes d&apos;inactivité avant le verrouillage de l&apos;écran.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Failed logins before a lockout.</source>
        <translation>Échecs de connexion avant un verrouillage du compte.</translation>
    </message>
    <message>
        <source>How long a lockout lasts.</source>
        <translation>Durée d&apos;un verrouillage du compte.</translation>
    </message>
    <message>
        <source>Why the setting changes (audited).</source>
        <translation>La raison de la modification (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes.</source>
        <translation>settings set exige au moins une des options --idle-lock-minutes, --max-failures, --lockout-minutes.</translation>
    </message>
    <message>
        <source>Settings changed.</source>
        <translation>Paramètres modifiés.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SimulateCommand</name>
    <message>
        <source>Assess a design by simulation: imbalance, correct guesses, deterministic allocations.</source>
        <translation>Évaluer un plan par simulation&#xa0;: déséquilibre, prédictions justes, répartitions déterministes.</translation>
    </message>
    <message>
        <source>Arms and weights, e.g. A:1,B:1.</source>
        <translation>Bras et poids, p. ex. A:1,B:1.</translation>
    </message>
    <message>
        <source>ARMS</source>
        <translation>BRAS</translation>
    </message>
    <message>
        <source>Allowed block multiples, e.g. 2,3.</source>
        <translation>Multiples de bloc permis, p. ex. 2,3.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Level count of each stratification factor, e.g. 2,4.</source>
        <translation>Nombre de niveaux de chaque facteur de stratification, p. ex. 2,4.</translation>
    </message>
    <message>
        <source>Relative probability of each stratum, whole numbers in stratum index order (default: equal).</source>
        <translation>Probabilité relative de chaque strate, en nombres entiers dans l&apos;ordre des indices de strate (par défaut&#xa0;: égales).</translation>
    </message>
    <message>
        <source>Participants per simulated trial.</source>
        <translation>Participants par essai simulé.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Number of simulated trials.</source>
        <translation>Nombre d&apos;essais simulés.</translation>
    </message>
    <message>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Seed of the simulation, 64 hexadecimal digits.</source>
        <translation>Germe de la simulation, 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>HEX</translation>
    </message>
    <message>
        <source>blocks (default) or minimization.</source>
        <translation>blocks (par défaut) ou minimization.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>MÉTHODE</translation>
    </message>
    <message>
        <source>Worker threads (default: one per core).</source>
        <translation>Fils d&apos;exécution (par défaut&#xa0;: un par cœur).</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Probability of taking the minimizing arm (default 0.8).</source>
        <translation>Probabilité de choisir le bras qui minimise le déséquilibre (par défaut 0.8).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>Minimization imbalance: range (default) or variance.</source>
        <translation>Déséquilibre de la minimisation&#xa0;: range (étendue, par défaut) ou variance.</translation>
    </message>
    <message>
        <source>MEASURE</source>
        <translation>MESURE</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Afficher le résultat en JSON.</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli simulate --help.</source>
        <translation>--%1 est obligatoire&#x202f;; voyez trialdesk-cli simulate --help.</translation>
    </message>
    <message>
        <source>--method is blocks or minimization, not &quot;%1&quot;.</source>
        <translation>--method vaut blocks ou minimization, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--measure is range or variance, not &quot;%1&quot;.</source>
        <translation>--measure vaut range ou variance, et non «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A blocks design needs --multiples, e.g. 2,3.</source>
        <translation>Un plan par blocs exige --multiples, p. ex. 2,3.</translation>
    </message>
    <message>
        <source>--strata takes level counts separated by commas, e.g. 2,4.</source>
        <translation>--strata prend des nombres de niveaux séparés par des virgules, p. ex. 2,4.</translation>
    </message>
    <message>
        <source>Each factor needs from 1 to %1 levels.</source>
        <translation>Chaque facteur doit avoir de 1 à %1 niveaux.</translation>
    </message>
    <message>
        <source>--weights takes whole numbers separated by commas.</source>
        <translation>--weights prend des nombres entiers séparés par des virgules.</translation>
    </message>
    <message>
        <source>mean %1, 95th percentile %2, max %3</source>
        <translation>moyenne %1, 95e centile %2, max. %3</translation>
    </message>
    <message>
        <source>Correct guesses (convergence strategy): %1</source>
        <translation>Prédictions justes (stratégie de convergence)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Deterministic allocations: %1</source>
        <translation>Répartitions déterministes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Final imbalance</source>
        <translation>Déséquilibre final</translation>
    </message>
    <message>
        <source>Largest imbalance during the trial</source>
        <translation>Plus grand déséquilibre pendant l&apos;essai</translation>
    </message>
    <message>
        <source>Final imbalance within strata</source>
        <translation>Déséquilibre final dans les strates</translation>
    </message>
    <message>
        <source>Largest imbalance within a stratum</source>
        <translation>Plus grand déséquilibre dans une strate</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::UserCommands</name>
    <message>
        <source>Why the change is made (audited).</source>
        <translation>La raison de la modification (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</source>
        <translation>administrator, coordinator, investigator, outcome-assessor, statistician ou monitor.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>RÔLE</translation>
    </message>
    <message>
        <source>the new password must be the second line of standard input.</source>
        <translation>le nouveau mot de passe doit être sur la deuxième ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>unknown role &quot;%1&quot;: use administrator, coordinator, investigator, outcome-assessor, statistician or monitor.</source>
        <translation>rôle inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez administrator, coordinator, investigator, outcome-assessor, statistician ou monitor.</translation>
    </message>
    <message>
        <source>Add a user (initial password on the second line of standard input).</source>
        <translation>Ajouter un utilisateur (mot de passe initial sur la deuxième ligne de l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>The new user&apos;s name.</source>
        <translation>Le nom d&apos;utilisateur du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>Le nom complet du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The user&apos;s site code (none: all sites).</source>
        <translation>Le code du site de l&apos;utilisateur (aucun&#xa0;: tous les sites).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>user add needs --new-user NAME and --role ROLE.</source>
        <translation>user add exige --new-user NOM et --role RÔLE.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>List the users and their roles.</source>
        <translation>Lister les utilisateurs et leurs rôles.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
    </message>
    <message>
        <source>Deactivate a user and remove their key slot.</source>
        <translation>Désactiver un utilisateur et supprimer son emplacement de clé.</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>Utilisateur %1 désactivé.</translation>
    </message>
    <message>
        <source>Change a user&apos;s role.</source>
        <translation>Changer le rôle d&apos;un utilisateur.</translation>
    </message>
    <message>
        <source>User %1 is now %2.</source>
        <translation>L&apos;utilisateur %1 est maintenant %2.</translation>
    </message>
    <message>
        <source>Set a new password for a user (second line of standard input).</source>
        <translation>Définir un nouveau mot de passe pour un utilisateur (deuxième ligne de l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>Password of %1 reset.</source>
        <translation>Mot de passe de %1 réinitialisé.</translation>
    </message>
    <message>
        <source>Change your password (current, then new, on standard input).</source>
        <translation>Changer votre mot de passe (l&apos;actuel, puis le nouveau, sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>password change needs --password-stdin.</source>
        <translation>password change exige --password-stdin.</translation>
    </message>
    <message>
        <source>give the current password on the first line of standard input and the new one on the second.</source>
        <translation>donnez le mot de passe actuel sur la première ligne de l&apos;entrée standard et le nouveau sur la deuxième.</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Mot de passe changé.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::WithdrawCommand</name>
    <message>
        <source>Record a participant&apos;s withdrawal (from the intervention, follow-up or data use).</source>
        <translation>Consigner le retrait d&apos;un participant (de l&apos;intervention, du suivi ou de l&apos;utilisation des données).</translation>
    </message>
    <message>
        <source>The study ID, e.g. ICM-0001.</source>
        <translation>L&apos;identifiant d&apos;étude, p. ex. ICM-0001.</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>ID_ÉTUDE</translation>
    </message>
    <message>
        <source>intervention, follow-up or data.</source>
        <translation>intervention, follow-up ou data.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>PORTÉE</translation>
    </message>
    <message>
        <source>Why the participant withdraws.</source>
        <translation>Pourquoi le participant se retire.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The day of the withdrawal (default: today).</source>
        <translation>Le jour du retrait (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>withdraw needs --participant STUDY_ID --scope intervention|follow-up|data --reason TEXT.</source>
        <translation>withdraw exige --participant ID_ÉTUDE --scope intervention|follow-up|data --reason TEXTE.</translation>
    </message>
    <message>
        <source>--date must be a date YYYY-MM-DD.</source>
        <translation>--date exige une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Withdrawal of %1 recorded.</source>
        <translation>Retrait de %1 consigné.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditService</name>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditTrail</name>
    <message>
        <source>Audit entries %1 to %2 are missing: the chain jumps from entry %3 to entry %4.</source>
        <translation>Les entrées de vérification %1 à %2 sont manquantes&#xa0;: la chaîne saute de l&apos;entrée %3 à l&apos;entrée %4.</translation>
    </message>
    <message>
        <source>Audit entry %1 appears out of order.</source>
        <translation>L&apos;entrée de vérification %1 est hors séquence.</translation>
    </message>
    <message>
        <source>Audit entry %1 does not follow entry %2: its previous hash differs. Entries were removed, inserted or reordered.</source>
        <translation>L&apos;entrée de vérification %1 ne suit pas l&apos;entrée %2&#xa0;: son empreinte précédente diffère. Des entrées ont été supprimées, insérées ou réordonnées.</translation>
    </message>
    <message>
        <source>Audit entry %1 (%2, %3, %4) does not match its hash: it was changed after it was written.</source>
        <translation>L&apos;entrée de vérification %1 (%2, %3, %4) ne correspond pas à son empreinte&#xa0;: elle a été modifiée après avoir été écrite.</translation>
    </message>
    <message>
        <source>Could not write the audit export: %1</source>
        <translation>Impossible d&apos;écrire l&apos;exportation de la piste de vérification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>Impossible de lire la piste de vérification</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::BackupService</name>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>Impossible de copier %1 vers %2.</translation>
    </message>
    <message>
        <source>Say why the backup is made (for example &quot;weekly&quot;).</source>
        <translation>Indiquez pourquoi la sauvegarde est faite (par exemple «&#xa0;hebdomadaire&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::CurrentProtocol</name>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>L&apos;essai n&apos;a aucun protocole&#xa0;: la base de données est incomplète. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>protocol version %1 in the database</source>
        <translation>version %1 du protocole dans la base de données</translation>
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
        <translation>La clé de la base de données doit compter 32 octets&#x202f;; celle-ci en compte %1. L&apos;emplacement de clé est endommagé ou appartient à un autre programme.</translation>
    </message>
    <message>
        <source>A database connection named &quot;%1&quot; is already open. Close it before opening the trial again.</source>
        <translation>Une connexion à la base de données nommée «&#xa0;%1&#xa0;» est déjà ouverte. Fermez-la avant d&apos;ouvrir l&apos;essai de nouveau.</translation>
    </message>
    <message>
        <source>The encrypted database driver QSQLCIPHER is not available. Reinstall TrialDesk.</source>
        <translation>Le pilote de base de données chiffrée QSQLCIPHER n&apos;est pas disponible. Réinstallez TrialDesk.</translation>
    </message>
    <message>
        <source>The new database key must be 32 bytes; this one has %1.</source>
        <translation>La nouvelle clé de la base de données doit compter 32 octets&#x202f;; celle-ci en compte %1.</translation>
    </message>
    <message>
        <source>The database key can only be changed on an open encrypted trial database.</source>
        <translation>La clé de la base de données ne peut être changée que sur une base de données d&apos;essai chiffrée et ouverte.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DemoPopulator</name>
    <message>
        <source>This is not a demo trial: synthetic participants are only added to a demo trial.</source>
        <translation>Ce n&apos;est pas un essai de démonstration&#xa0;: des participants synthétiques ne sont ajoutés qu&apos;à un essai de démonstration.</translation>
    </message>
    <message>
        <source>The number of participants must be between 1 and 1,000,000.</source>
        <translation>Le nombre de participants doit être de 1 à 1&#xa0;000&#xa0;000.</translation>
    </message>
    <message>
        <source>The seed must be 1 to 64 hexadecimal digits.</source>
        <translation>Le germe doit compter de 1 à 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>The demo coordinator account could not sign in (%1): this demo trial is incomplete.</source>
        <translation>Le compte du coordonnateur de démonstration n&apos;a pas pu se connecter (%1)&#xa0;: cet essai de démonstration est incomplet.</translation>
    </message>
    <message>
        <source>The demo protocol has no site or no current consent form.</source>
        <translation>Le protocole de démonstration n&apos;a aucun site ou aucun formulaire de consentement en vigueur.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DemoWorkspace</name>
    <message>
        <source>Patient partners in chronic disease follow-up (demo)</source>
        <translation>Patients partenaires dans le suivi des maladies chroniques (démo)</translation>
    </message>
    <message>
        <source>Demo administrator</source>
        <translation>Administrateur de démonstration</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DesignService</name>
    <message>
        <source>A reason is required to change the randomization design: say why it changes.</source>
        <translation>Une raison est obligatoire pour modifier le plan de randomisation&#xa0;: indiquez pourquoi il change.</translation>
    </message>
    <message>
        <source>The randomization design was not saved:
%1</source>
        <translation>Le plan de randomisation n&apos;a pas été enregistré&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The randomization design is locked since the first randomization (%1, by %2): changing it would change allocations already made. Only a new site may still be added.</source>
        <translation>Le plan de randomisation est verrouillé depuis la première randomisation (%1, par %2)&#xa0;: le modifier changerait des répartitions déjà faites. Seul un nouveau site peut encore être ajouté.</translation>
    </message>
    <message>
        <source>Nothing to change in the randomization design.</source>
        <translation>Rien à modifier dans le plan de randomisation.</translation>
    </message>
    <message>
        <source>as in version %1</source>
        <translation>comme dans la version %1</translation>
    </message>
    <message>
        <source>There is no site %1: add the site first, then its level in the design.</source>
        <translation>Il n&apos;y a aucun site %1&#xa0;: ajoutez d&apos;abord le site, puis son niveau dans le plan.</translation>
    </message>
    <message>
        <source>The number of entries per stratum must be between 1 and %1.</source>
        <translation>Le nombre d&apos;entrées par strate doit être de 1 à %1.</translation>
    </message>
    <message>
        <source>Choose the file to write the allocation list to.</source>
        <translation>Choisissez le fichier où écrire la liste de répartition.</translation>
    </message>
    <message>
        <source>The design uses minimization, whose allocations depend on the participants already randomized: there is no list to export in advance.</source>
        <translation>Le plan utilise la minimisation, dont les répartitions dépendent des participants déjà randomisés&#xa0;: il n&apos;y a aucune liste à exporter d&apos;avance.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another file.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Choisissez un autre fichier.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::DesignStore</name>
    <message>
        <source>the definition is not a JSON object</source>
        <translation>la définition n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the definition is not a TrialDesk design</source>
        <translation>la définition n&apos;est pas un plan TrialDesk</translation>
    </message>
    <message>
        <source>the design was written by a newer TrialDesk; install the newer version</source>
        <translation>le plan a été écrit par une version plus récente de TrialDesk&#x202f;; installez la version plus récente</translation>
    </message>
    <message>
        <source>unknown method &quot;%1&quot;</source>
        <translation>méthode inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The secure random source could not be initialised, so no seed was made. Try again; if this persists, check the system&apos;s random device.</source>
        <translation>La source aléatoire sécurisée n&apos;a pas pu être initialisée&#x202f;; aucun germe n&apos;a donc été produit. Réessayez&#x202f;; si le problème persiste, vérifiez le générateur aléatoire du système.</translation>
    </message>
    <message>
        <source>There is no randomization design version %1.</source>
        <translation>Il n&apos;y a aucune version %1 du plan de randomisation.</translation>
    </message>
    <message>
        <source>Randomization design version %1 cannot be locked: the current version is %2. Randomize with the current design.</source>
        <translation>La version %1 du plan de randomisation ne peut pas être verrouillée&#xa0;: la version en vigueur est la %2. Randomisez avec le plan en vigueur.</translation>
    </message>
    <message>
        <source>The protocol&apos;s randomization design is not usable:
%1</source>
        <translation>Le plan de randomisation du protocole est inutilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>A reason is required to change the randomization design.</source>
        <translation>Une raison est obligatoire pour modifier le plan de randomisation.</translation>
    </message>
    <message>
        <source>The randomization design is not stratified by site, so site %1 needs no new level.</source>
        <translation>Le plan de randomisation n&apos;est pas stratifié par site&#x202f;; le site %1 n&apos;a donc besoin d&apos;aucun nouveau niveau.</translation>
    </message>
    <message>
        <source>Site %1 is already a level of the randomization design&apos;s site factor.</source>
        <translation>Le site %1 est déjà un niveau du facteur site du plan de randomisation.</translation>
    </message>
    <message>
        <source>The randomization design is locked and its site factor is not the first factor: adding site %1 would change the stratum of participants already randomized. Keep the site factor first in the protocol&apos;s stratification.</source>
        <translation>Le plan de randomisation est verrouillé et son facteur site n&apos;est pas le premier facteur&#xa0;: ajouter le site %1 changerait la strate des participants déjà randomisés. Gardez le facteur site en premier dans la stratification du protocole.</translation>
    </message>
    <message>
        <source>The stored randomization design version %1 is damaged (%2). Restore the workspace from a backup.</source>
        <translation>La version %1 du plan de randomisation enregistrée est endommagée (%2). Restaurez l&apos;espace de travail à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>the method column does not match the definition</source>
        <translation>la colonne de la méthode ne correspond pas à la définition</translation>
    </message>
    <message>
        <source>This workspace has no randomization design yet. Ask the statistician or the administrator to create one.</source>
        <translation>Cet espace de travail n&apos;a pas encore de plan de randomisation. Demandez au statisticien ou à l&apos;administrateur d&apos;en créer un.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::EnrollmentService</name>
    <message>
        <source>The participant&apos;s last and first names are required.</source>
        <translation>Le nom et le prénom du participant sont obligatoires.</translation>
    </message>
    <message>
        <source>The participant&apos;s date of birth is required.</source>
        <translation>La date de naissance du participant est obligatoire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse courriel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a telephone number (digits, spaces, + ( ) - . only).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un numéro de téléphone (chiffres, espaces, + ( ) - . seulement).</translation>
    </message>
    <message>
        <source>The preferred language must be fr or en.</source>
        <translation>La langue préférée doit être fr ou en.</translation>
    </message>
    <message>
        <source>Only an eligible person can be enrolled.</source>
        <translation>Seule une personne admissible peut être recrutée.</translation>
    </message>
    <message>
        <source>The person is not eligible (criteria not satisfied: %1): nothing was recorded. Record the screening as not eligible instead.</source>
        <translation>La personne n&apos;est pas admissible (critères non remplis&#xa0;: %1)&#xa0;: rien n&apos;a été consigné. Consignez plutôt la présélection comme non admissible.</translation>
    </message>
    <message>
        <source>There is no screening %1.</source>
        <translation>Il n&apos;y a aucune présélection %1.</translation>
    </message>
    <message>
        <source>Screening %1 did not find the person eligible: only eligible people are registered.</source>
        <translation>La présélection %1 n&apos;a pas jugé la personne admissible&#xa0;: seules les personnes admissibles sont inscrites.</translation>
    </message>
    <message>
        <source>Screening %1 is already registered as participant %2.</source>
        <translation>La présélection %1 est déjà inscrite comme participant %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a stratification factor of the protocol.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un facteur de stratification du protocole.</translation>
    </message>
    <message>
        <source>The stratum value %1=%2 disagrees with the screening&apos;s site %3.</source>
        <translation>La valeur de strate %1=%2 ne concorde pas avec le site %3 de la présélection.</translation>
    </message>
    <message>
        <source>The stratification factor &quot;%1&quot; (%2) needs a value.</source>
        <translation>Le facteur de stratification «&#xa0;%1&#xa0;» (%2) exige une valeur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor %2 (levels: %3).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau du facteur %2 (niveaux&#xa0;: %3).</translation>
    </message>
    <message>
        <source>This RAMQ number is already registered as participant %1: a person is enrolled once.</source>
        <translation>Ce NAM est déjà inscrit comme participant %1&#xa0;: une personne n&apos;est recrutée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Participant %1 withdrew consent to the use of their data: record a new registration instead.</source>
        <translation>Le participant %1 a retiré son consentement à l&apos;utilisation de ses données&#xa0;: consignez plutôt une nouvelle inscription.</translation>
    </message>
    <message>
        <source>No identity is recorded for participant %1.</source>
        <translation>Aucune identité n&apos;est consignée pour le participant %1.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>Une raison est obligatoire pour modifier des données existantes.</translation>
    </message>
    <message>
        <source>Nothing to change in the identity of %1.</source>
        <translation>Rien à modifier dans l&apos;identité de %1.</translation>
    </message>
    <message>
        <source>The identity could not be saved; the RAMQ number may belong to another participant (%1).</source>
        <translation>L&apos;identité n&apos;a pas pu être enregistrée&#x202f;; le NAM appartient peut-être à un autre participant (%1).</translation>
    </message>
    <message>
        <source>The protocol has no current consent form version.</source>
        <translation>Le protocole n&apos;a aucune version du formulaire de consentement en vigueur.</translation>
    </message>
    <message>
        <source>Consent form version &quot;%1&quot; is not the current approved version (%2): only consent on the current form counts. Use form %2.</source>
        <translation>La version «&#xa0;%1&#xa0;» du formulaire de consentement n&apos;est pas la version approuvée en vigueur (%2)&#xa0;: seul le consentement sur le formulaire en vigueur compte. Utilisez le formulaire %2.</translation>
    </message>
    <message>
        <source>The consent date must be a valid date, not in the future.</source>
        <translation>La date du consentement doit être une date valide, et non une date future.</translation>
    </message>
    <message>
        <source>The consent date %1 is before form %2 was approved (%3).</source>
        <translation>La date du consentement %1 précède l&apos;approbation du formulaire %2 (%3).</translation>
    </message>
    <message>
        <source>The consent date %1 is before the screening (%2): check the dates.</source>
        <translation>La date du consentement %1 précède la présélection (%2)&#xa0;: vérifiez les dates.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an active user of this trial: consent must be obtained by trial staff with an account.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur actif de cet essai&#xa0;: le consentement doit être obtenu par un membre du personnel de l&apos;essai ayant un compte.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::KeyService</name>
    <message>
        <source>A reason is required to rotate the database key.</source>
        <translation>Une raison est obligatoire pour changer la clé de la base de données.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>The database key was changed but %1 could not be moved into place. Do not delete %2: signing in again finishes the change.</source>
        <translation>La clé de la base de données a été changée, mais %1 n&apos;a pas pu être mis en place. Ne supprimez pas %2&#xa0;: une nouvelle connexion terminera le changement.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Migrations</name>
    <message>
        <source>This trial&apos;s database has schema version %1, newer than this program knows (%2). Install the newer TrialDesk that last opened it; nothing was changed.</source>
        <translation>La base de données de cet essai a la version de schéma %1, plus récente que celle que connaît ce programme (%2). Installez la version plus récente de TrialDesk qui l&apos;a ouverte en dernier&#x202f;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Schema migration %1 failed: %2</source>
        <translation>La migration de schéma %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ParticipantRecords</name>
    <message>
        <source>There is no participant %1. Check the study ID (e.g. ICM-0001).</source>
        <translation>Il n&apos;y a aucun participant %1. Vérifiez l&apos;identifiant d&apos;étude (p. ex. ICM-0001).</translation>
    </message>
    <message>
        <source>Participant %1 has an unknown status &quot;%2&quot;.</source>
        <translation>Le participant %1 a un statut inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Your account works for site %1 only, not for site %2. Ask the administrator if you need access to other sites.</source>
        <translation>Votre compte ne donne accès qu&apos;au site %1, et non au site %2. Adressez-vous à l&apos;administrateur si vous avez besoin d&apos;accéder à d&apos;autres sites.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ParticipantService</name>
    <message>
        <source>Could not prepare the participant query</source>
        <translation>Impossible de préparer la requête des participants</translation>
    </message>
    <message>
        <source>Could not read the participants</source>
        <translation>Impossible de lire les participants</translation>
    </message>
    <message>
        <source>The date must be a valid date, not in the future.</source>
        <translation>La date doit être une date valide, et non une date future.</translation>
    </message>
    <message>
        <source>The date %1 is before participant %2 was registered (%3).</source>
        <translation>La date %1 précède l&apos;inscription du participant %2 (%3).</translation>
    </message>
    <message>
        <source>Your role (%1) is blinded to the arm: it cannot filter participants by arm.</source>
        <translation>Votre rôle (%1) est à l&apos;insu du bras&#xa0;: il ne peut pas filtrer les participants par bras.</translation>
    </message>
    <message>
        <source>A page holds 1 to 10,000 participants.</source>
        <translation>Une page contient de 1 à 10&#xa0;000 participants.</translation>
    </message>
    <message>
        <source>Screened (%1)</source>
        <translation>Présélection (%1)</translation>
    </message>
    <message>
        <source>Consent on form %1</source>
        <translation>Consentement sur le formulaire %1</translation>
    </message>
    <message>
        <source>Obtained by %1</source>
        <translation>Obtenu par %1</translation>
    </message>
    <message>
        <source>Registered as %1</source>
        <translation>Inscrit comme %1</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisé</translation>
    </message>
    <message>
        <source>Arm %1</source>
        <translation>Bras %1</translation>
    </message>
    <message>
        <source>Serious: %1</source>
        <translation>Grave&#xa0;: %1</translation>
    </message>
    <message>
        <source>A reason is required to mark a randomization in error.</source>
        <translation>Une raison est obligatoire pour marquer une randomisation comme erronée.</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized.</source>
        <translation>Le participant %1 n&apos;est pas randomisé.</translation>
    </message>
    <message>
        <source>Participant %1 is already marked randomized in error.</source>
        <translation>Le participant %1 est déjà marqué comme randomisé par erreur.</translation>
    </message>
    <message>
        <source>%1 (electronic signature: I confirm the randomization was in error)</source>
        <translation>%1 (signature électronique&#xa0;: je confirme que la randomisation était une erreur)</translation>
    </message>
    <message>
        <source>A reason is required to note a misclassification.</source>
        <translation>Une raison est obligatoire pour noter une erreur de classement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a recorded stratification factor of participant %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un facteur de stratification consigné du participant %2.</translation>
    </message>
    <message>
        <source>The site of a participant is where they were screened: it cannot be misclassified.</source>
        <translation>Le site d&apos;un participant est celui où il a été présélectionné&#xa0;: il ne peut pas faire l&apos;objet d&apos;une erreur de classement.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau du facteur %2.</translation>
    </message>
    <message>
        <source>%1=%2 is already the recorded value: nothing to note.</source>
        <translation>%1=%2 est déjà la valeur consignée&#xa0;: rien à noter.</translation>
    </message>
    <message>
        <source>A reason is required for a withdrawal.</source>
        <translation>Une raison est obligatoire pour un retrait.</translation>
    </message>
    <message>
        <source>Participant %1 is already &quot;%2&quot;: a withdrawal can only go further.</source>
        <translation>Le participant %1 est déjà «&#xa0;%2&#xa0;»&#xa0;: un retrait ne peut qu&apos;aller plus loin.</translation>
    </message>
    <message>
        <source>Participant %1 was randomized in error: there is nothing to withdraw from.</source>
        <translation>Le participant %1 a été randomisé par erreur&#xa0;: il n&apos;y a rien dont il puisse se retirer.</translation>
    </message>
    <message>
        <source>Say how contact was lost (the attempts made).</source>
        <translation>Indiquez comment le contact a été perdu (les tentatives faites).</translation>
    </message>
    <message>
        <source>Participant %1 is &quot;%2&quot;: only a randomized participant still followed can be lost to follow-up.</source>
        <translation>Le participant %1 est «&#xa0;%2&#xa0;»&#xa0;: seul un participant randomisé encore suivi peut être perdu de vue.</translation>
    </message>
    <message>
        <source>Describe the protocol deviation.</source>
        <translation>Décrivez la déviation au protocole.</translation>
    </message>
    <message>
        <source>An adverse event needs a description and an outcome.</source>
        <translation>Un événement indésirable exige une description et une issue.</translation>
    </message>
    <message>
        <source>The end date must be on or after the onset and not in the future.</source>
        <translation>La date de fin doit être égale ou postérieure au début et ne pas être dans le futur.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Protocol</name>
    <message>
        <source>Invalid protocol %1: not valid JSON at byte %2 (%3).</source>
        <translation>Protocole %1 invalide&#xa0;: JSON non valide à l&apos;octet %2 (%3).</translation>
    </message>
    <message>
        <source>Invalid protocol %1: the top level must be an object.</source>
        <translation>Protocole %1 invalide&#xa0;: le niveau supérieur doit être un objet.</translation>
    </message>
    <message>
        <source>must be &quot;trialdesk-protocol&quot;</source>
        <translation>doit être «&#xa0;trialdesk-protocol&#xa0;»</translation>
    </message>
    <message>
        <source>Protocol %1 uses format version %2, newer than this program knows (%3).</source>
        <translation>Le protocole %1 utilise la version de format %2, plus récente que celle que connaît ce programme (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code (2 to 8 capital letters or digits, starting with a letter)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de site (de 2 à 8 lettres majuscules ou chiffres, en commençant par une lettre)</translation>
    </message>
    <message>
        <source>a trial needs at least two arms</source>
        <translation>un essai doit avoir au moins deux bras</translation>
    </message>
    <message>
        <source>only one factor can be the site</source>
        <translation>un seul facteur peut être le site</translation>
    </message>
    <message>
        <source>must be &quot;blocks&quot; or &quot;minimization&quot;</source>
        <translation>doit être «&#xa0;blocks&#xa0;» ou «&#xa0;minimization&#xa0;»</translation>
    </message>
    <message>
        <source>a whole number from 1 to 100 is required</source>
        <translation>un nombre entier de 1 à 100 est obligatoire</translation>
    </message>
    <message>
        <source>%1 appears twice</source>
        <translation>%1 figure deux fois</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD is required</source>
        <translation>une date AAAA-MM-JJ est obligatoire</translation>
    </message>
    <message>
        <source>exactly one consent form version must be current</source>
        <translation>une seule version du formulaire de consentement doit être en vigueur</translation>
    </message>
    <message>
        <source>Cannot read the protocol file %1: %2.</source>
        <translation>Impossible de lire le fichier de protocole %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Invalid protocol %1, field &quot;%2&quot;: %3</source>
        <translation>Protocole %1 invalide, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>a non-empty text is required</source>
        <translation>un texte non vide est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid code (1 to 16 letters, digits, &apos;-&apos; or &apos;_&apos;)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code valide (de 1 à 16 lettres, chiffres, «&#xa0;-&#xa0;» ou «&#xa0;_&#xa0;»)</translation>
    </message>
    <message>
        <source>a whole number of at least %1 is required</source>
        <translation>un nombre entier d&apos;au moins %1 est obligatoire</translation>
    </message>
    <message>
        <source>an object with &quot;fr&quot; and &quot;en&quot; texts is required</source>
        <translation>un objet avec les textes «&#xa0;fr&#xa0;» et «&#xa0;en&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>a non-empty list is required</source>
        <translation>une liste non vide est obligatoire</translation>
    </message>
    <message>
        <source>a list is required</source>
        <translation>une liste est obligatoire</translation>
    </message>
    <message>
        <source>an object is required</source>
        <translation>un objet est obligatoire</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ProtocolService</name>
    <message>
        <source>The amendment changes the arms (%1 becomes %2): arms and their weights never change during a trial, since recorded allocations refer to them. Keep the arms as they are.</source>
        <translation>La modification change les bras (%1 devient %2)&#xa0;: les bras et leurs poids ne changent jamais pendant un essai, puisque les répartitions consignées s&apos;y rapportent. Conservez les bras tels quels.</translation>
    </message>
    <message>
        <source>The amendment changes the stratification factors (%1 becomes %2): recorded stratum values refer to them. Keep the same factors in the same order.</source>
        <translation>La modification change les facteurs de stratification (%1 devient %2)&#xa0;: les valeurs de strate consignées s&apos;y rapportent. Conservez les mêmes facteurs dans le même ordre.</translation>
    </message>
    <message>
        <source>The amendment changes the levels of factor %1 (%2 becomes %3): existing levels keep their codes and order; new levels may only be added at the end.</source>
        <translation>La modification change les niveaux du facteur %1 (%2 devient %3)&#xa0;: les niveaux existants gardent leurs codes et leur ordre&#x202f;; de nouveaux niveaux ne peuvent être ajoutés qu&apos;à la fin.</translation>
    </message>
    <message>
        <source>The amendment names the sites %1 but the trial&apos;s sites are %2. Add a new site in Administration first, then amend the protocol with exactly the trial&apos;s sites; a site is never removed.</source>
        <translation>La modification nomme les sites %1, mais les sites de l&apos;essai sont %2. Ajoutez d&apos;abord un nouveau site dans Administration, puis modifiez le protocole avec exactement les sites de l&apos;essai&#x202f;; un site n&apos;est jamais supprimé.</translation>
    </message>
    <message>
        <source>The amendment removes consent form version %1, on which %2 consent(s) were recorded. Keep it in consent_forms (not current) so recorded consents keep their meaning.</source>
        <translation>La modification supprime la version %1 du formulaire de consentement, sur laquelle %2 consentement(s) ont été consignés. Conservez-la dans consent_forms (pas en vigueur) pour que les consentements consignés gardent leur sens.</translation>
    </message>
    <message>
        <source>The amendment removes eligibility criterion %1, answered in %2 screening(s). Keep the criterion so recorded screenings keep their meaning.</source>
        <translation>La modification supprime le critère d&apos;admissibilité %1, auquel %2 présélection(s) ont répondu. Conservez le critère pour que les présélections consignées gardent leur sens.</translation>
    </message>
    <message>
        <source>The randomization design is locked since the first randomization (%1, by %2): this amendment would change its method, block sizes or the stratum of participants already randomized. Keep the randomization section and the existing levels as they are.</source>
        <translation>Le plan de randomisation est verrouillé depuis la première randomisation (%1, par %2)&#xa0;: cette modification changerait sa méthode, ses tailles de bloc ou la strate de participants déjà randomisés. Conservez la section de randomisation et les niveaux existants tels quels.</translation>
    </message>
    <message>
        <source>The amended randomization design is not usable:
%1</source>
        <translation>Le plan de randomisation modifié n&apos;est pas utilisable&#xa0;:
%1</translation>
    </message>
    <message>
        <source>protocol version %1: %2</source>
        <translation>version %1 du protocole&#xa0;: %2</translation>
    </message>
    <message>
        <source>as in version %1</source>
        <translation>comme dans la version %1</translation>
    </message>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>L&apos;essai n&apos;a aucun protocole&#xa0;: la base de données est incomplète. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no protocol version %1.</source>
        <translation>Il n&apos;y a aucune version %1 du protocole.</translation>
    </message>
    <message>
        <source>A reason is required to amend the protocol: say why it changes (e.g. the ethics approval of the amendment).</source>
        <translation>Une raison est obligatoire pour modifier le protocole&#xa0;: indiquez pourquoi il change (p. ex. l&apos;approbation éthique de la modification).</translation>
    </message>
    <message>
        <source>%1 is identical to the current protocol (version %2): there is nothing to amend.</source>
        <translation>%1 est identique au protocole en vigueur (version %2)&#xa0;: il n&apos;y a rien à modifier.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RamqNumber</name>
    <message>
        <source>&quot;%1&quot; is not a RAMQ number: it has 4 letters then 8 digits, e.g. TREM 6401 0112.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un NAM&#xa0;: il compte 4 lettres suivies de 8 chiffres, p. ex. TREM 6401 0112.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not hold a valid birth date (digits 5 to 10 are YYMMDD, with 50 added to the month for women). Check the card.</source>
        <translation>Le NAM %1 ne contient pas de date de naissance valide (les chiffres 5 à 10 sont AAMMJJ, avec 50 ajouté au mois pour les femmes). Vérifiez la carte.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not match the date of birth %2. Check both on the card.</source>
        <translation>Le NAM %1 ne correspond pas à la date de naissance %2. Vérifiez les deux sur la carte.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 codes the other sex than the one recorded at screening (the month has 50 added for women). Check the card and the screening.</source>
        <translation>Le NAM %1 indique un sexe différent de celui consigné à la présélection (50 est ajouté au mois pour les femmes). Vérifiez la carte et la présélection.</translation>
    </message>
    <message>
        <source>The RAMQ number %1 does not start with the initials of %2 %3 (3 letters of the last name, then the first name&apos;s initial). Check the card and the names.</source>
        <translation>Le NAM %1 ne commence pas par les initiales de %2 %3 (3 lettres du nom de famille, puis l&apos;initiale du prénom). Vérifiez la carte et les noms.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationLogService</name>
    <message>
        <source>Design version %1 is not a valid blocks design: the entry cannot be checked.</source>
        <translation>La version %1 du plan n&apos;est pas un plan par blocs valide&#xa0;: l&apos;entrée ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</source>
        <translation>Le germe donne le bras %1 à la strate %2, séquence %3&#x202f;; le registre indique %4.</translation>
    </message>
    <message>
        <source>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</source>
        <translation>Le bloc consigné (bloc %1, taille %2, position %3) n&apos;est pas celui du flux (bloc %4, taille %5, position %6).</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 was allocated more than once.</source>
        <translation>La strate %1, séquence %2, a été attribuée plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>Could not write the randomization log to %1 (%2). Check the disk and try again.</source>
        <translation>Impossible d&apos;écrire le registre de randomisation dans %1 (%2). Vérifiez le disque et réessayez.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationService</name>
    <message>
        <source>I confirm eligibility and consent</source>
        <translation>Je confirme l&apos;admissibilité et le consentement</translation>
    </message>
    <message>
        <source>The current design uses minimization, which this version randomizes only in simulation. Ask the statistician for a blocks design.</source>
        <translation>Le plan en vigueur utilise la minimisation, que cette version ne randomise qu&apos;en simulation. Demandez au statisticien un plan par blocs.</translation>
    </message>
    <message>
        <source>Participant %1 is already randomized: a participant is randomized once.</source>
        <translation>Le participant %1 est déjà randomisé&#xa0;: un participant n&apos;est randomisé qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Participant %1 cannot be randomized: their status is &quot;%2&quot;.</source>
        <translation>Le participant %1 ne peut pas être randomisé&#xa0;: son statut est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Participant %1 was not found eligible at screening: they cannot be randomized.</source>
        <translation>Le participant %1 n&apos;a pas été jugé admissible à la présélection&#xa0;: il ne peut pas être randomisé.</translation>
    </message>
    <message>
        <source>Participant %1 has no recorded consent: record the consent first.</source>
        <translation>Le participant %1 n&apos;a aucun consentement consigné&#xa0;: consignez d&apos;abord le consentement.</translation>
    </message>
    <message>
        <source>Participant %1 consented on form %2, but the protocol now requires consent on form %3: record the re-consent first.</source>
        <translation>Le participant %1 a consenti sur le formulaire %2, mais le protocole exige maintenant le consentement sur le formulaire %3&#xa0;: consignez d&apos;abord le nouveau consentement.</translation>
    </message>
    <message>
        <source>Participant %1 has no recorded value for the stratification factor &quot;%2&quot; of the current design: the design and the registration disagree. Ask the statistician.</source>
        <translation>Le participant %1 n&apos;a aucune valeur consignée pour le facteur de stratification «&#xa0;%2&#xa0;» du plan en vigueur&#xa0;: le plan et l&apos;inscription ne concordent pas. Adressez-vous au statisticien.</translation>
    </message>
    <message>
        <source>The recorded value %1=%2 of participant %3 is not a level of the current design (the site or level may have been added after the design was made). Ask the statistician to amend the design.</source>
        <translation>La valeur consignée %1=%2 du participant %3 n&apos;est pas un niveau du plan en vigueur (le site ou le niveau a peut-être été ajouté après la création du plan). Demandez au statisticien de modifier le plan.</translation>
    </message>
    <message>
        <source>The stratum of participant %1 is out of the design&apos;s range.</source>
        <translation>La strate du participant %1 est hors des limites du plan.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ScreeningService</name>
    <message>
        <source>&quot;%1&quot; is not an eligibility criterion of the protocol (known: %2).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un critère d&apos;admissibilité du protocole (critères connus&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The person is not eligible: criteria %1 are not satisfied. Record the screening as not eligible.</source>
        <translation>La personne n&apos;est pas admissible&#xa0;: les critères %1 ne sont pas remplis. Consignez la présélection comme non admissible.</translation>
    </message>
    <message>
        <source>Eligibility criteria %1 are not answered: answer every criterion of the checklist.</source>
        <translation>Les critères d&apos;admissibilité %1 sont sans réponse&#xa0;: répondez à chaque critère de la liste de vérification.</translation>
    </message>
    <message>
        <source>Say why the person is not eligible: a failed criterion or a reason.</source>
        <translation>Indiquez pourquoi la personne n&apos;est pas admissible&#xa0;: un critère non rempli ou une raison.</translation>
    </message>
    <message>
        <source>A reason is required when the person declines or is not enrolled for another reason.</source>
        <translation>Une raison est obligatoire lorsque la personne refuse ou n&apos;est pas recrutée pour une autre raison.</translation>
    </message>
    <message>
        <source>There is no site %1 in this trial.</source>
        <translation>Il n&apos;y a aucun site %1 dans cet essai.</translation>
    </message>
    <message>
        <source>Site %1 is deactivated: it cannot screen. Ask the administrator.</source>
        <translation>Le site %1 est désactivé&#xa0;: il ne peut pas faire de présélection. Adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>The age must be between 0 and 130 years.</source>
        <translation>L&apos;âge doit être de 0 à 130 ans.</translation>
    </message>
    <message>
        <source>The sex must be F, M or X (another or undisclosed).</source>
        <translation>Le sexe doit être F, M ou X (autre ou non divulgué).</translation>
    </message>
    <message>
        <source>There is no screening %1.</source>
        <translation>Il n&apos;y a aucune présélection %1.</translation>
    </message>
    <message>
        <source>The screening date must not be in the future.</source>
        <translation>La date de présélection ne doit pas être dans le futur.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SettingsService</name>
    <message>
        <source>The idle lock delay must be between 1 and 240 minutes.</source>
        <translation>Le délai de verrouillage pour inactivité doit être de 1 à 240 minutes.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>Une raison est obligatoire pour modifier des données existantes.</translation>
    </message>
    <message>
        <source>Allow 1 to 100 failed logins before a lockout of 1 to 1440 minutes.</source>
        <translation>Permettez de 1 à 100 échecs de connexion avant un verrouillage de 1 à 1440 minutes.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SiteService</name>
    <message>
        <source>There is already a site %1.</source>
        <translation>Le site %1 existe déjà.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>Une raison est obligatoire pour modifier des données existantes.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Il n&apos;y a aucun site %1.</translation>
    </message>
    <message>
        <source>Nothing to change for site %1.</source>
        <translation>Rien à modifier pour le site %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a site code: use 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de site&#xa0;: utilisez de 2 à 8 lettres majuscules ou chiffres, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>A site needs its name in French and in English.</source>
        <translation>Un site doit avoir son nom en français et en anglais.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (e.g. America/Toronto).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire connu (p. ex. America/Toronto).</translation>
    </message>
    <message>
        <source>site %1 added</source>
        <translation>site %1 ajouté</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SqlCipherDriver</name>
    <message>
        <source>The encrypted database takes its key through SqlCipherDriver::setKey(), not as a password. Open it with openEncryptedDatabase().</source>
        <translation>La base de données chiffrée reçoit sa clé par SqlCipherDriver::setKey(), et non comme mot de passe. Ouvrez-la avec openEncryptedDatabase().</translation>
    </message>
    <message>
        <source>No 32-byte database key was given for %1. Unlock the trial with your password first.</source>
        <translation>Aucune clé de base de données de 32 octets n&apos;a été fournie pour %1. Déverrouillez d&apos;abord l&apos;essai avec votre mot de passe.</translation>
    </message>
    <message>
        <source>The encrypted database needs a file name. Give the path of the trial database.</source>
        <translation>La base de données chiffrée exige un nom de fichier. Indiquez le chemin de la base de données de l&apos;essai.</translation>
    </message>
    <message>
        <source>The trial database %1 does not exist. Check the workspace folder, or restore the database from a backup.</source>
        <translation>La base de données d&apos;essai %1 n&apos;existe pas. Vérifiez le dossier de l&apos;espace de travail, ou restaurez la base de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The database %1 is not encrypted: it is a plain SQLite file, not a TrialDesk trial database. Open the trial&apos;s own workspace.</source>
        <translation>La base de données %1 n&apos;est pas chiffrée&#xa0;: c&apos;est un simple fichier SQLite, et non une base de données d&apos;essai TrialDesk. Ouvrez l&apos;espace de travail propre à l&apos;essai.</translation>
    </message>
    <message>
        <source>The file %1 is empty: it is not a TrialDesk trial database. Restore the database from a backup.</source>
        <translation>Le fichier %1 est vide&#xa0;: ce n&apos;est pas une base de données d&apos;essai TrialDesk. Restaurez la base de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not open the database file %1. Check that the folder exists and that you may read and write it.</source>
        <translation>Impossible d&apos;ouvrir le fichier de base de données %1. Vérifiez que le dossier existe et que vous pouvez y lire et y écrire.</translation>
    </message>
    <message>
        <source>This program was linked against SQLite without encryption, so it refuses to open trial data. Install TrialDesk with its SQLCipher library.</source>
        <translation>Ce programme a été lié à une version de SQLite sans chiffrement&#x202f;; il refuse donc d&apos;ouvrir les données de l&apos;essai. Installez TrialDesk avec sa bibliothèque SQLCipher.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read with this key (file is encrypted or is not a database): it was encrypted with another key, or it is not a TrialDesk database.</source>
        <translation>La base de données %1 ne peut pas être lue avec cette clé (fichier chiffré ou qui n&apos;est pas une base de données)&#xa0;: elle a été chiffrée avec une autre clé, ou ce n&apos;est pas une base de données TrialDesk.</translation>
    </message>
    <message>
        <source>Could not read the database %1.</source>
        <translation>Impossible de lire la base de données %1.</translation>
    </message>
    <message>
        <source>Could not switch the database %1 to write-ahead logging.</source>
        <translation>Impossible de faire passer la base de données %1 en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Could not enable full synchronous writes.</source>
        <translation>Impossible d&apos;activer les écritures entièrement synchrones.</translation>
    </message>
    <message>
        <source>Could not enable foreign key checks.</source>
        <translation>Impossible d&apos;activer la vérification des clés étrangères.</translation>
    </message>
    <message>
        <source>The busy timeout &quot;%1&quot; is not a number of milliseconds.</source>
        <translation>Le délai d&apos;attente «&#xa0;%1&#xa0;» n&apos;est pas un nombre de millisecondes.</translation>
    </message>
    <message>
        <source>Unknown connection option &quot;%1&quot;. The driver knows %2=&lt;milliseconds&gt; and %3.</source>
        <translation>Option de connexion inconnue «&#xa0;%1&#xa0;». Le pilote connaît %2=&lt;millisecondes&gt; et %3.</translation>
    </message>
    <message>
        <source>SQLCipher refused the database key. This program needs a SQLite library with encryption.</source>
        <translation>SQLCipher a refusé la clé de la base de données. Ce programme exige une bibliothèque SQLite avec chiffrement.</translation>
    </message>
    <message>
        <source>The database is not open.</source>
        <translation>La base de données n&apos;est pas ouverte.</translation>
    </message>
    <message>
        <source>The journal mode stayed &quot;%1&quot;. Close every other program or window using this trial, then try again.</source>
        <translation>Le mode de journalisation est resté «&#xa0;%1&#xa0;». Fermez tout autre programme ou fenêtre qui utilise cet essai, puis réessayez.</translation>
    </message>
    <message>
        <source>Could not start a transaction: another user or program is writing to the trial database. Try again in a moment.</source>
        <translation>Impossible de commencer une transaction&#xa0;: un autre utilisateur ou programme écrit dans la base de données de l&apos;essai. Réessayez dans un moment.</translation>
    </message>
    <message>
        <source>Could not commit the transaction; nothing of it was saved.</source>
        <translation>Impossible de valider la transaction&#x202f;; rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>Could not roll the transaction back.</source>
        <translation>Impossible d&apos;annuler la transaction.</translation>
    </message>
    <message>
        <source>Could not change the database key.</source>
        <translation>Impossible de changer la clé de la base de données.</translation>
    </message>
    <message>
        <source>The new key must be 32 bytes.</source>
        <translation>La nouvelle clé doit compter 32 octets.</translation>
    </message>
    <message>
        <source>A transaction is open. Finish it first.</source>
        <translation>Une transaction est en cours. Terminez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Could not change the database key; the old key still opens the database.</source>
        <translation>Impossible de changer la clé de la base de données&#x202f;; l&apos;ancienne clé ouvre toujours la base de données.</translation>
    </message>
    <message>
        <source>The database could not be read after the key change.</source>
        <translation>La base de données n&apos;a pas pu être lue après le changement de clé.</translation>
    </message>
    <message>
        <source>Could not switch the database back to write-ahead logging.</source>
        <translation>Impossible de remettre la base de données en journalisation anticipée (WAL).</translation>
    </message>
    <message>
        <source>Could not prepare the SQL statement.</source>
        <translation>Impossible de préparer l&apos;instruction SQL.</translation>
    </message>
    <message>
        <source>The SQL statement is empty.</source>
        <translation>L&apos;instruction SQL est vide.</translation>
    </message>
    <message>
        <source>Only one SQL statement can run at a time. Run each statement separately.</source>
        <translation>Une seule instruction SQL peut s&apos;exécuter à la fois. Exécutez chaque instruction séparément.</translation>
    </message>
    <message>
        <source>There is no prepared SQL statement to execute.</source>
        <translation>Il n&apos;y a aucune instruction SQL préparée à exécuter.</translation>
    </message>
    <message>
        <source>Could not execute the SQL statement.</source>
        <translation>Impossible d&apos;exécuter l&apos;instruction SQL.</translation>
    </message>
    <message>
        <source>No value was bound for the placeholder %1. Bind a value to every placeholder; a statement uses either positional (?) or named (:name) placeholders, not both.</source>
        <translation>Aucune valeur n&apos;a été liée au paramètre %1. Liez une valeur à chaque paramètre&#x202f;; une instruction utilise des paramètres positionnels (?) ou nommés (:nom), mais pas les deux.</translation>
    </message>
    <message>
        <source>More values were bound than the statement has placeholders (%1 has no placeholder). Check the values bound to the query.</source>
        <translation>Plus de valeurs ont été liées que l&apos;instruction n&apos;a de paramètres (%1 n&apos;a aucun paramètre). Vérifiez les valeurs liées à la requête.</translation>
    </message>
    <message>
        <source>Values were bound to a statement without placeholders. Check the query.</source>
        <translation>Des valeurs ont été liées à une instruction sans paramètres. Vérifiez la requête.</translation>
    </message>
    <message>
        <source>The value %1 is too large for a 64-bit signed integer column.</source>
        <translation>La valeur %1 est trop grande pour une colonne d&apos;entiers signés de 64 bits.</translation>
    </message>
    <message>
        <source>A value of type %1 cannot be stored in the database.</source>
        <translation>Une valeur de type %1 ne peut pas être enregistrée dans la base de données.</translation>
    </message>
    <message>
        <source>Could not bind a value to the SQL statement.</source>
        <translation>Impossible de lier une valeur à l&apos;instruction SQL.</translation>
    </message>
    <message>
        <source>Could not read the next row of the result.</source>
        <translation>Impossible de lire la rangée suivante du résultat.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::SqlUtil</name>
    <message>
        <source>%1 (database error: %2)</source>
        <translation>%1 (erreur de base de données&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Could not prepare a query</source>
        <translation>Impossible de préparer une requête</translation>
    </message>
    <message>
        <source>Could not run a query</source>
        <translation>Impossible d&apos;exécuter une requête</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Transaction</name>
    <message>
        <source>Could not start a database transaction (%1). Another program may be writing to the trial; try again.</source>
        <translation>Impossible de commencer une transaction de base de données (%1). Un autre programme écrit peut-être dans l&apos;essai&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>Could not save the change (%1). Nothing was recorded; try again.</source>
        <translation>Impossible d&apos;enregistrer la modification (%1). Rien n&apos;a été consigné&#x202f;; réessayez.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::TrialSession</name>
    <message>
        <source>There is no account %1 in this trial. Ask the administrator to add you.</source>
        <translation>Il n&apos;y a aucun compte %1 dans cet essai. Demandez à l&apos;administrateur de vous ajouter.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated. Ask the administrator if you need access again.</source>
        <translation>Le compte %1 est désactivé. Adressez-vous à l&apos;administrateur si vous avez de nouveau besoin d&apos;accès.</translation>
    </message>
    <message>
        <source>The account %1 has an unknown role &quot;%2&quot;.</source>
        <translation>Le compte %1 a un rôle inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The database holds no trial: it is not a TrialDesk database.</source>
        <translation>La base de données ne contient aucun essai&#xa0;: ce n&apos;est pas une base de données TrialDesk.</translation>
    </message>
    <message>
        <source>Your role (%1) may not %2.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à %2.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n minute(s).</source>
        <translation>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n minute.</numerusform>
            <numerusform>Trop de mots de passe erronés. Réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong password. Too many attempts: try again in %n minute(s).</source>
        <translation>
            <numerusform>Mot de passe erroné. Trop de tentatives&#xa0;: réessayez dans %n minute.</numerusform>
            <numerusform>Mot de passe erroné. Trop de tentatives&#xa0;: réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe erroné.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::UserService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Il n&apos;y a aucun utilisateur %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide&#xa0;: utilisez de 1 à 64 lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>A key slot for %1 already exists.</source>
        <translation>Un emplacement de clé existe déjà pour %1.</translation>
    </message>
    <message>
        <source>There is already a user %1.</source>
        <translation>L&apos;utilisateur %1 existe déjà.</translation>
    </message>
    <message>
        <source>There is no site %1.</source>
        <translation>Il n&apos;y a aucun site %1.</translation>
    </message>
    <message>
        <source>You cannot deactivate your own account.</source>
        <translation>Vous ne pouvez pas désactiver votre propre compte.</translation>
    </message>
    <message>
        <source>The account %1 is already deactivated.</source>
        <translation>Le compte %1 est déjà désactivé.</translation>
    </message>
    <message>
        <source>%1 already has the role %2.</source>
        <translation>%1 a déjà le rôle %2.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role away from yourself; ask another administrator.</source>
        <translation>Vous ne pouvez pas vous retirer vous-même le rôle d&apos;administrateur&#x202f;; demandez-le à un autre administrateur.</translation>
    </message>
    <message>
        <source>The account %1 is deactivated.</source>
        <translation>Le compte %1 est désactivé.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit être différent de l&apos;actuel.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>Une raison est obligatoire pour modifier des données existantes.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::Workspace</name>
    <message>
        <source>Cannot create the workspace folder %1.</source>
        <translation>Impossible de créer le dossier de l&apos;espace de travail %1.</translation>
    </message>
    <message>
        <source>There is no folder %1.</source>
        <translation>Il n&apos;y a aucun dossier %1.</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk workspace (it has no %2). Choose the folder created for the trial, or create a new trial.</source>
        <translation>%1 n&apos;est pas un espace de travail TrialDesk (il ne contient pas %2). Choisissez le dossier créé pour l&apos;essai, ou créez un nouvel essai.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is damaged or not a TrialDesk workspace file.</source>
        <translation>%1 est endommagé ou n&apos;est pas un fichier d&apos;espace de travail TrialDesk.</translation>
    </message>
    <message>
        <source>This workspace was written by a newer TrialDesk (format %1; this program reads up to %2). Install the newer version.</source>
        <translation>Cet espace de travail a été écrit par une version plus récente de TrialDesk (format %1&#x202f;; ce programme lit jusqu&apos;au format %2). Installez la version plus récente.</translation>
    </message>
    <message>
        <source>The workspace %1 has no database file (%2). Restore it from a backup.</source>
        <translation>L&apos;espace de travail %1 n&apos;a aucun fichier de base de données (%2). Restaurez-le à partir d&apos;une sauvegarde.</translation>
    </message>
    <message numerus="yes">
        <source>The account %1 is locked after too many failed logins. Try again in %n minute(s), or ask the administrator.</source>
        <translation>
            <numerusform>Le compte %1 est verrouillé après trop d&apos;échecs de connexion. Réessayez dans %n minute, ou adressez-vous à l&apos;administrateur.</numerusform>
            <numerusform>Le compte %1 est verrouillé après trop d&apos;échecs de connexion. Réessayez dans %n minutes, ou adressez-vous à l&apos;administrateur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong user name or password. The account %1 is now locked for %n minute(s).</source>
        <translation>
            <numerusform>Nom d&apos;utilisateur ou mot de passe erroné. Le compte %1 est maintenant verrouillé pour %n minute.</numerusform>
            <numerusform>Nom d&apos;utilisateur ou mot de passe erroné. Le compte %1 est maintenant verrouillé pour %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an administrator can use the recovery code; %1 is not one.</source>
        <translation>Seul un administrateur peut utiliser le code de récupération&#x202f;; %1 n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trial needs a name.</source>
        <translation>L&apos;essai doit avoir un nom.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid user name: use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide&#xa0;: utilisez de 1 à 64 lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>Choose a folder for the trial workspace.</source>
        <translation>Choisissez un dossier pour l&apos;espace de travail de l&apos;essai.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</source>
        <translation>Le dossier %1 n&apos;est pas vide. Choisissez un dossier nouveau ou vide pour l&apos;espace de travail de l&apos;essai.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AccountPage</name>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Mot de passe a&amp;ctuel&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>C&amp;hanger le mot de passe</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation>&amp;Langue de l&apos;interface&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic lock (whole trial)</source>
        <translation>Verrouillage automatique (tout l&apos;essai)</translation>
    </message>
    <message>
        <source>Lock after &amp;inactivity:</source>
        <translation>Verrouiller après une &amp;inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>&amp;Raison de la modification&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save lock delay</source>
        <translation>&amp;Enregistrer le délai de verrouillage</translation>
    </message>
    <message>
        <source>Type your current password.</source>
        <translation>Tapez votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Your password was changed. Use the new one from now on.</source>
        <translation>Votre mot de passe a été changé. Utilisez désormais le nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: TrialDesk locks after %n minute(s) without activity, from the next sign-in.</source>
        <translation>
            <numerusform>Enregistré&#xa0;: TrialDesk se verrouille après %n minute d&apos;inactivité, à partir de la prochaine connexion.</numerusform>
            <numerusform>Enregistré&#xa0;: TrialDesk se verrouille après %n minutes d&apos;inactivité, à partir de la prochaine connexion.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AddSiteDialog</name>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>2 to 8 capital letters or digits, starting with a letter</source>
        <translation>de 2 à 8 lettres majuscules ou chiffres, en commençant par une lettre</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter le site</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>Name in &amp;French:</source>
        <translation>Nom en &amp;français&#xa0;:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Nom en an&amp;glais&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Give a code of 2 to 8 capital letters or digits and the site&apos;s name in French and in English.</source>
        <translation>Indiquez un code de 2 à 8 lettres majuscules ou chiffres, et le nom du site en français et en anglais.</translation>
    </message>
    <message>
        <source>%1 is not a known time zone. Choose one from the list, e.g. America/Toronto.</source>
        <translation>%1 n&apos;est pas un fuseau horaire connu. Choisissez-en un dans la liste, p. ex. America/Toronto.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;</source>
        <translation>lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l&apos;utilisateur</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>Give the initial password to the person in private; they should change it at their first sign-in (My account).</source>
        <translation>Communiquez le mot de passe initial à la personne en privé&#x202f;; elle devrait le changer à sa première connexion (Mon compte).</translation>
    </message>
    <message>
        <source>Give the user name and the display name.</source>
        <translation>Indiquez le nom d&apos;utilisateur et le nom affiché.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AdminPage</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>The administrator manages accounts, sites and settings. Choose a password you will not forget: it opens the trial&apos;s encrypted database.</source>
        <translation>L&apos;administrateur gère les comptes, les sites et les paramètres. Choisissez un mot de passe que vous n&apos;oublierez pas&#xa0;: il ouvre la base de données chiffrée de l&apos;essai.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>p. ex. admin</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Marie Tremblay</source>
        <translation>p. ex. Marie Tremblay</translation>
    </message>
    <message>
        <source>Use 1 to 64 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or a digit.</source>
        <translation>Utilisez de 1 à 64 lettres minuscules, chiffres, «&#xa0;.&#xa0;», «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;», en commençant par une lettre ou un chiffre.</translation>
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
        <translation>&amp;Utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Sites</source>
        <translation>&amp;Sites</translation>
    </message>
    <message>
        <source>Se&amp;curity</source>
        <translation>Sé&amp;curité</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AssessmentPanel</name>
    <message>
        <source>all participants</source>
        <translation>tous les participants</translation>
    </message>
    <message>
        <source>Choose at least one method to assess.</source>
        <translation>Choisissez au moins une méthode à évaluer.</translation>
    </message>
    <message>
        <source>Simulating...</source>
        <translation>Simulation en cours…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Done: %1 trials of %2 participants. Simulation seed %3 (reproduce with trialdesk-cli simulate --seed).</source>
        <translation>Terminé&#xa0;: %1 essais de %2 participants. Germe de la simulation %3 (à reproduire avec trialdesk-cli simulate --seed).</translation>
    </message>
    <message>
        <source>Final imbalance between arms (share of simulated trials)</source>
        <translation>Déséquilibre final entre les bras (proportion des essais simulés)</translation>
    </message>
    <message>
        <source>Permuted blocks</source>
        <translation>Blocs permutés</translation>
    </message>
    <message>
        <source>Minimization</source>
        <translation>Minimisation</translation>
    </message>
    <message>
        <source>Final imbalance</source>
        <translation>Déséquilibre final</translation>
    </message>
    <message>
        <source>Design assessment (Monte Carlo)</source>
        <translation>Évaluation du plan (Monte Carlo)</translation>
    </message>
    <message>
        <source>&amp;Participants per trial (N):</source>
        <translation>&amp;Participants par essai (N)&#xa0;:</translation>
    </message>
    <message>
        <source>Simulated &amp;trials (K):</source>
        <translation>Essais &amp;simulés (K)&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;hreads:</source>
        <translation>Fils d&apos;e&amp;xécution&#xa0;:</translation>
    </message>
    <message>
        <source>Permuted &amp;blocks</source>
        <translation>&amp;Blocs permutés</translation>
    </message>
    <message>
        <source>&amp;Minimization</source>
        <translation>&amp;Minimisation</translation>
    </message>
    <message>
        <source>Stratum &amp;weights (equal = equal probabilities):</source>
        <translation>P&amp;oids des strates (égaux = probabilités égales)&#xa0;:</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Lancer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Correct guesses (convergence strategy)</source>
        <translation>Prédictions justes (stratégie de convergence)</translation>
    </message>
    <message>
        <source>Deterministic allocations</source>
        <translation>Répartitions déterministes</translation>
    </message>
    <message>
        <source>Final imbalance, mean</source>
        <translation>Déséquilibre final, moyenne</translation>
    </message>
    <message>
        <source>Final imbalance, 95th percentile</source>
        <translation>Déséquilibre final, 95e centile</translation>
    </message>
    <message>
        <source>Final imbalance, maximum</source>
        <translation>Déséquilibre final, maximum</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, mean</source>
        <translation>Plus grand déséquilibre pendant un essai, moyenne</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, 95th percentile</source>
        <translation>Plus grand déséquilibre pendant un essai, 95e centile</translation>
    </message>
    <message>
        <source>Largest imbalance during a trial, maximum</source>
        <translation>Plus grand déséquilibre pendant un essai, maximum</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AuditPage</name>
    <message>
        <source>The start date is after the end date: correct the dates.</source>
        <translation>La date de début est postérieure à la date de fin&#xa0;: corrigez les dates.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste de vérification</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To (inclusive):</source>
        <translation>&amp;Au (inclusivement)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Apply filter</source>
        <translation>A&amp;ppliquer le filtre</translation>
    </message>
    <message>
        <source>C&amp;lear filter</source>
        <translation>E&amp;ffacer le filtre</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Chain verification is not available to your role.</source>
        <translation>La vérification de la chaîne n&apos;est pas offerte à votre rôle.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries, head %1</source>
        <translation>
            <numerusform>Chaîne intacte&#xa0;: %n entrée, tête %1</numerusform>
            <numerusform>Chaîne intacte&#xa0;: %n entrées, tête %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN at entry %1: %2</source>
        <translation>Chaîne ROMPUE à l&apos;entrée %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter la piste de vérification</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée dans %1.</numerusform>
            <numerusform>%n entrées exportées dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries.</source>
        <translation>
            <numerusform>%n entrée correspondante.</numerusform>
            <numerusform>%n entrées correspondantes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching entries loaded; scroll down for more.</source>
        <translation>
            <numerusform>Entrées chargées&#xa0;: %1 sur %n correspondante&#x202f;; faites défiler vers le bas pour en voir davantage.</numerusform>
            <numerusform>Entrées chargées&#xa0;: %1 sur %n correspondantes&#x202f;; faites défiler vers le bas pour en voir davantage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Entity ID</source>
        <translation>ID de l&apos;entité</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Old value</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Empreinte</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ConsentPage</name>
    <message>
        <source>Consent and stratum values</source>
        <translation>Consentement et valeurs de strate</translation>
    </message>
    <message>
        <source>Only the current approved consent form counts. Check the stratum values against the source documents: the randomization uses them.</source>
        <translation>Seul le formulaire de consentement approuvé en vigueur compte. Vérifiez les valeurs de strate par rapport aux documents sources&#xa0;: la randomisation les utilise.</translation>
    </message>
    <message>
        <source>The protocol has no current consent form: ask the administrator.</source>
        <translation>Le protocole n&apos;a aucun formulaire de consentement en vigueur&#xa0;: adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Form version:</source>
        <translation>Version du formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date signed:</source>
        <translation>&amp;Date de signature&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Obtained by (user name):</source>
        <translation>&amp;Obtenu par (nom d&apos;utilisateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Stratum values</source>
        <translation>Valeurs de strate</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::DesignEditor</name>
    <message>
        <source>Block sizes: %1</source>
        <translation>Tailles de bloc&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Enregistré comme version %1.</translation>
    </message>
    <message>
        <source>Reveal the seed</source>
        <translation>Révéler le germe</translation>
    </message>
    <message>
        <source>Anyone who sees the seed can work out every future allocation. Revealing it is recorded in the audit trail with your name. Reveal the seed?</source>
        <translation>Quiconque voit le germe peut déduire toutes les répartitions futures. Sa révélation est consignée dans la piste de vérification avec votre nom. Révéler le germe&#x202f;?</translation>
    </message>
    <message>
        <source>Trial seed</source>
        <translation>Germe de l&apos;essai</translation>
    </message>
    <message>
        <source>The seed of design version %1 (select to copy; do not store it in clear):</source>
        <translation>Le germe de la version %1 du plan (sélectionnez-le pour le copier&#x202f;; ne le conservez pas en clair)&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) exported; the export is recorded in the audit trail.</source>
        <translation>
            <numerusform>%n répartition exportée&#x202f;; l&apos;exportation est consignée dans la piste de vérification.</numerusform>
            <numerusform>%n répartitions exportées&#x202f;; l&apos;exportation est consignée dans la piste de vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Randomization design</source>
        <translation>Plan de randomisation</translation>
    </message>
    <message>
        <source>This design is locked since %1: the first participant has been randomized, and changing it would change allocations already made. A new site is added from Administration; nothing else can change.</source>
        <translation>Ce plan est verrouillé depuis le %1&#xa0;: le premier participant a été randomisé, et le modifier changerait des répartitions déjà faites. Un nouveau site s&apos;ajoute à partir d&apos;Administration&#x202f;; rien d&apos;autre ne peut changer.</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3.</source>
        <translation>Version %1, enregistrée le %2 par %3.</translation>
    </message>
    <message>
        <source>Permuted blocks of random size (spec v1)</source>
        <translation>Blocs permutés de taille aléatoire (spéc. v1)</translation>
    </message>
    <message>
        <source>Minimization (Pocock-Simon)</source>
        <translation>Minimisation (Pocock-Simon)</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Étendue</translation>
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
        <translation>Bras</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Factor / level</source>
        <translation>Facteur / niveau</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>e.g. 2,3</source>
        <translation>p. ex. 2,3</translation>
    </message>
    <message>
        <source>Allowed block multiples: each block&apos;s size is a multiple times the sum of the weights, chosen at random for each block.</source>
        <translation>Multiples de bloc permis&#xa0;: la taille de chaque bloc est un multiple de la somme des poids, choisi au hasard pour chaque bloc.</translation>
    </message>
    <message>
        <source>A new seed will be generated when you save.</source>
        <translation>Un nouveau germe sera généré à l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Generated, hidden.</source>
        <translation>Généré, masqué.</translation>
    </message>
    <message>
        <source>&amp;Generate a new seed</source>
        <translation>&amp;Générer un nouveau germe</translation>
    </message>
    <message>
        <source>Re&amp;veal seed...</source>
        <translation>Ré&amp;véler le germe…</translation>
    </message>
    <message>
        <source>E&amp;xport allocation list...</source>
        <translation>E&amp;xporter la liste de répartition…</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>&amp;Enregistrer comme nouvelle version</translation>
    </message>
    <message>
        <source>Why the design changes (required, audited)</source>
        <translation>Pourquoi le plan change (obligatoire, consigné dans la piste de vérification)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arms and weights:</source>
        <translation>&amp;Bras et poids&#xa0;:</translation>
    </message>
    <message>
        <source>Block m&amp;ultiples:</source>
        <translation>M&amp;ultiples de bloc&#xa0;:</translation>
    </message>
    <message>
        <source>Minimization:</source>
        <translation>Minimisation&#xa0;:</translation>
    </message>
    <message>
        <source>Stratification (from the protocol):</source>
        <translation>Stratification (selon le protocole)&#xa0;:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Germe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Probability of the minimizing arm:</source>
        <translation>&amp;Probabilité du bras qui minimise le déséquilibre&#xa0;:</translation>
    </message>
    <message>
        <source>Imbalance m&amp;easure:</source>
        <translation>Mesure du &amp;déséquilibre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::DesignPage</name>
    <message>
        <source>Design</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ExportListDialog</name>
    <message>
        <source>Export the allocation list</source>
        <translation>Exporter la liste de répartition</translation>
    </message>
    <message>
        <source>Spec v1 CSV (verifiable with trialdesk-cli design stream)</source>
        <translation>CSV de la spéc. v1 (vérifiable avec trialdesk-cli design stream)</translation>
    </message>
    <message>
        <source>REDCap allocation table</source>
        <translation>Table de répartition REDCap</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>The list reveals every future allocation. Keep the file where only you can read it; the export is recorded in the audit trail.</source>
        <translation>La liste révèle toutes les répartitions futures. Conservez le fichier là où vous seul pouvez le lire&#x202f;; l&apos;exportation est consignée dans la piste de vérification.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Entries per stratum:</source>
        <translation>&amp;Entrées par strate&#xa0;:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to write the list to.</source>
        <translation>Choisissez le fichier dans lequel écrire la liste.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FirstRunWizard</name>
    <message>
        <source>TrialDesk — New trial</source>
        <translation>TrialDesk — Nouvel essai</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::IdentityPage</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Kept apart from the study data; only coordinators and investigators see it. Registering records the screening, the consent and the participant together.</source>
        <translation>Conservée à l&apos;écart des données de l&apos;étude&#x202f;; seuls les coordonnateurs et les investigateurs la voient. L&apos;inscription consigne ensemble la présélection, le consentement et le participant.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>4 letters and 8 digits, e.g. TREM 6451 1212</source>
        <translation>4 lettres et 8 chiffres, p. ex. TREM 6451 1212</translation>
    </message>
    <message>
        <source>e.g. 514 555-0101</source>
        <translation>p. ex. 514 555-0101</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>&amp;Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;RAMQ number:</source>
        <translation>N&amp;AM&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Telephone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Langue préférée&#xa0;:</translation>
    </message>
    <message>
        <source>Valid RAMQ number.</source>
        <translation>NAM valide.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::LockScreen</name>
    <message>
        <source>TrialDesk is locked</source>
        <translation>TrialDesk est verrouillé</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Type your password to go on; anyone else should quit and sign in with their own account.</source>
        <translation>Connecté en tant que %1 (%2). Tapez votre mot de passe pour continuer&#x202f;; toute autre personne doit quitter et se connecter avec son propre compte.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Tapez votre mot de passe pour déverrouiller.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::LoginDialog</name>
    <message>
        <source>Type your user name.</source>
        <translation>Tapez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Tapez votre mot de passe.</translation>
    </message>
    <message>
        <source>TrialDesk — Sign in</source>
        <translation>TrialDesk — Se connecter</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Use &amp;recovery code…</source>
        <translation>Utiliser le code de &amp;récupération…</translation>
    </message>
    <message>
        <source>For an administrator who lost their password: open the trial with the recovery code shown when it was created, and choose a new password.</source>
        <translation>Pour un administrateur qui a perdu son mot de passe&#xa0;: ouvrez l&apos;essai avec le code de récupération affiché à sa création, et choisissez un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::MainWindow</name>
    <message>
        <source>You opened the trial with the recovery code: choose a new password now.</source>
        <translation>Vous avez ouvert l&apos;essai avec le code de récupération&#xa0;: choisissez dès maintenant un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>TrialDesk — %1</source>
        <translation>TrialDesk — %1</translation>
    </message>
    <message>
        <source> — DEMO</source>
        <translation> — DÉMO</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>Utilisateur&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rôle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>Trial: %1</source>
        <translation>Essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Hide the trial&apos;s data until you type your password again (Ctrl+L).</source>
        <translation>Masquer les données de l&apos;essai jusqu&apos;à ce que vous tapiez de nouveau votre mot de passe (Ctrl+L).</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::NewRecoveryCodeDialog</name>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de récupération</translation>
    </message>
    <message>
        <source>The database key was changed. This new recovery code opens the trial&apos;s data if every administrator password is lost; the previous code no longer does. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</source>
        <translation>La clé de la base de données a été changée. Ce nouveau code de récupération ouvre les données de l&apos;essai si tous les mots de passe d&apos;administrateur sont perdus&#x202f;; l&apos;ancien code ne le fait plus. Il n&apos;est affiché que maintenant&#xa0;: notez-le ou imprimez-le, et conservez-le en lieu sûr, loin de cet ordinateur. Quiconque le détient peut lire les données de l&apos;essai.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>No other user had a password: nobody else needs a new one.</source>
        <translation>Aucun autre utilisateur n&apos;avait de mot de passe&#xa0;: personne d&apos;autre n&apos;a besoin d&apos;en recevoir un nouveau.</translation>
    </message>
    <message>
        <source>These users can no longer sign in until you set a new password for each of them (Users tab, Reset password…): %1</source>
        <translation>Ces utilisateurs ne peuvent plus se connecter tant que vous n&apos;avez pas défini un nouveau mot de passe pour chacun d&apos;eux (onglet Utilisateurs, Réinitialiser le mot de passe…)&#xa0;: %1</translation>
    </message>
    <message>
        <source>I have &amp;saved the new recovery code</source>
        <translation>J&apos;ai con&amp;servé le nouveau code de récupération</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Save the new recovery code and tick the box first: it cannot be shown again.</source>
        <translation>Conservez d&apos;abord le nouveau code de récupération et cochez la case&#xa0;: il ne pourra plus être affiché.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantPage</name>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Retour à la liste</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Randomize…</source>
        <translation>Ra&amp;ndomiser…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>&amp;Lost to follow-up…</source>
        <translation>&amp;Perdu de vue…</translation>
    </message>
    <message>
        <source>Protocol &amp;deviation…</source>
        <translation>&amp;Déviation au protocole…</translation>
    </message>
    <message>
        <source>&amp;Adverse event…</source>
        <translation>Événement ind&amp;ésirable…</translation>
    </message>
    <message>
        <source>Randomized in &amp;error…</source>
        <translation>Randomisé par &amp;erreur…</translation>
    </message>
    <message>
        <source>Stratum &amp;misclassification…</source>
        <translation>Erreur de classement de &amp;strate…</translation>
    </message>
    <message>
        <source>Record re-&amp;consent…</source>
        <translation>Consigner un nouveau c&amp;onsentement…</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <translation>Participant %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Site:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Site&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Status:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Statut&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Screening:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Présélection&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Randomized:&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Randomisé&#xa0;:&lt;/b&gt; %1 par %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Arm:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Bras&#xa0;:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>(noted as misclassified: should be %1)</source>
        <translation>(erreur de classement notée&#xa0;: devrait être %1)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>aucun consigné</translation>
    </message>
    <message>
        <source>form %1 on %2 by %3%4</source>
        <translation>formulaire %1 le %2 par %3%4</translation>
    </message>
    <message>
        <source> (not current: re-consent required)</source>
        <translation> (pas en vigueur&#xa0;: nouveau consentement requis)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Strata:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Strates&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consent:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Consentement&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Identity (confidential)</source>
        <translation>Identité (confidentielle)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Name:&lt;/b&gt; %1, %2</source>
        <translation>&lt;b&gt;Nom&#xa0;:&lt;/b&gt; %1, %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Date of birth:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Date de naissance&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;RAMQ:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;NAM&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Telephone:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Téléphone&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;E-mail:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Courriel&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preferred language:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Langue préférée&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>No identity recorded for this participant.</source>
        <translation>Aucune identité consignée pour ce participant.</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>(par %1)</translation>
    </message>
    <message>
        <source>Recorded %1</source>
        <translation>Consigné le %1</translation>
    </message>
    <message>
        <source>Withdraw %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>Record the participant&apos;s withdrawal. Choose what they withdraw from: the intervention only (still followed), all further follow-up, or the use of their data.</source>
        <translation>Consignez le retrait du participant. Choisissez ce dont il se retire&#xa0;: l&apos;intervention seulement (toujours suivi), tout suivi ultérieur, ou l&apos;utilisation de ses données.</translation>
    </message>
    <message>
        <source>From the intervention (still followed)</source>
        <translation>De l&apos;intervention (toujours suivi)</translation>
    </message>
    <message>
        <source>From follow-up (data so far is used)</source>
        <translation>Du suivi (les données recueillies jusqu&apos;ici sont utilisées)</translation>
    </message>
    <message>
        <source>From the use of their data</source>
        <translation>De l&apos;utilisation de ses données</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Re&amp;trait de&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record withdrawal</source>
        <translation>&amp;Consigner le retrait</translation>
    </message>
    <message>
        <source>Lost to follow-up: %1</source>
        <translation>Perdu de vue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record that the participant can no longer be reached. Say what was tried.</source>
        <translation>Consignez que le participant ne peut plus être joint. Indiquez ce qui a été tenté.</translation>
    </message>
    <message>
        <source>e.g. three calls and one letter without answer</source>
        <translation>p. ex. trois appels et une lettre sans réponse</translation>
    </message>
    <message>
        <source>Protocol deviation: %1</source>
        <translation>Déviation au protocole&#xa0;: %1</translation>
    </message>
    <message>
        <source>Describe the deviation from the protocol and the day it happened.</source>
        <translation>Décrivez la déviation au protocole et le jour où elle s&apos;est produite.</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scription&#xa0;:</translation>
    </message>
    <message>
        <source>Adverse event: %1</source>
        <translation>Événement indésirable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Describe the adverse event, whether it is serious, its onset and, when it has ended, its end and outcome.</source>
        <translation>Décrivez l&apos;événement indésirable, s&apos;il est grave, son début et, lorsqu&apos;il a pris fin, sa fin et son issue.</translation>
    </message>
    <message>
        <source>Serious adverse event</source>
        <translation>Événement indésirable grave</translation>
    </message>
    <message>
        <source>The event has ended</source>
        <translation>L&apos;événement a pris fin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <source>Recovering</source>
        <translation>En voie de rétablissement</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Rétabli</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Non rétabli</translation>
    </message>
    <message>
        <source>Fatal</source>
        <translation>Décès</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>Dé&amp;but&#xa0;:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Issue&#xa0;:</translation>
    </message>
    <message>
        <source>Randomized in error: %1</source>
        <translation>Randomisé par erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The randomization stays in the log and its position is never reused. Give the reason, then sign with your password.</source>
        <translation>La randomisation reste dans le registre et sa position n&apos;est jamais réutilisée. Indiquez la raison, puis signez avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Meaning of the signature: I confirm the randomization was in error.</source>
        <translation>Signification de la signature&#xa0;: je confirme que la randomisation était une erreur.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign and record</source>
        <translation>&amp;Signer et consigner</translation>
    </message>
    <message>
        <source>Stratum misclassification: %1</source>
        <translation>Erreur de classement de strate&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note the level that should have been recorded. The allocation and the recorded values do not change; the note is kept for the analysis.</source>
        <translation>Notez le niveau qui aurait dû être consigné. La répartition et les valeurs consignées ne changent pas&#x202f;; la note est conservée pour l&apos;analyse.</translation>
    </message>
    <message>
        <source>&amp;Factor:</source>
        <translation>&amp;Facteur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Correct level:</source>
        <translation>&amp;Niveau correct&#xa0;:</translation>
    </message>
    <message>
        <source>Record consent: %1</source>
        <translation>Consigner le consentement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record a further consent, e.g. on the new form after an amendment. Only the current approved form version counts.</source>
        <translation>Consignez un nouveau consentement, p. ex. sur le nouveau formulaire après une modification du protocole. Seule la version approuvée en vigueur du formulaire compte.</translation>
    </message>
    <message>
        <source>%1 (current)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <source>&amp;Form version:</source>
        <translation>&amp;Version du formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Obtained by:</source>
        <translation>&amp;Obtenu par&#xa0;:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A stratification factor and its level, e.g. &quot;Primary chronic condition: Heart failure&quot;.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Identifiant d&apos;étude</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisé</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ParticipantsPage</name>
    <message>
        <source>Select a participant in the list first.</source>
        <translation>Sélectionnez d&apos;abord un participant dans la liste.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>study ID (ICM-0012) or last or first name</source>
        <translation>identifiant d&apos;étude (ICM-0012), nom ou prénom</translation>
    </message>
    <message>
        <source>study ID, e.g. ICM-0012</source>
        <translation>identifiant d&apos;étude, p. ex. ICM-0012</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Arm:</source>
        <translation>&amp;Bras&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;creen a patient…</source>
        <translation>&amp;Présélectionner un patient…</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>&amp;Ouvrir le participant</translation>
    </message>
    <message>
        <source>any status</source>
        <translation>tous les statuts</translation>
    </message>
    <message>
        <source>any arm</source>
        <translation>tous les bras</translation>
    </message>
    <message numerus="yes">
        <source>%n participants loaded.</source>
        <translation>
            <numerusform>%n participant chargé.</numerusform>
            <numerusform>%n participants chargés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n matching participants.</source>
        <translation>
            <numerusform>%n participant correspondant.</numerusform>
            <numerusform>%n participants correspondants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n matching participants loaded; scroll down for more.</source>
        <translation>
            <numerusform>Participants chargés&#xa0;: %1 sur %n correspondant&#x202f;; faites défiler vers le bas pour en voir davantage.</numerusform>
            <numerusform>Participants chargés&#xa0;: %1 sur %n correspondants&#x202f;; faites défiler vers le bas pour en voir davantage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::PasswordPairWidget</name>
    <message>
        <source>The password needs at least %1 characters (%2 typed).</source>
        <translation>Le mot de passe doit compter au moins %1 caractères (%2 tapés).</translation>
    </message>
    <message>
        <source>The two passwords differ: type the same password in both fields.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;: tapez le même mot de passe dans les deux champs.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation>Con&amp;firmer le mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>at least %1 characters</source>
        <translation>au moins %1 caractères</translation>
    </message>
    <message>
        <source>Use at least %1 characters; a short sentence is easy to remember.</source>
        <translation>Utilisez au moins %1 caractères&#x202f;; une courte phrase est facile à retenir.</translation>
    </message>
    <message>
        <source>Password accepted.</source>
        <translation>Mot de passe accepté.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ProtocolPage</name>
    <message>
        <source>The protocol file %1 does not exist. Choose another file, or leave the field empty to use the bundled default protocol.</source>
        <translation>Le fichier de protocole %1 n&apos;existe pas. Choisissez un autre fichier, ou laissez le champ vide pour utiliser le protocole fourni par défaut.</translation>
    </message>
    <message>
        <source>Creating the trial: deriving keys and writing the encrypted database…</source>
        <translation>Création de l&apos;essai&#xa0;: dérivation des clés et écriture de la base de données chiffrée…</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>The protocol defines arms, strata, eligibility, consent versions and the visit schedule.</source>
        <translation>Le protocole définit les bras, les strates, l&apos;admissibilité, les versions du consentement et le calendrier des visites.</translation>
    </message>
    <message>
        <source>Protocol &amp;file:</source>
        <translation>&amp;Fichier de protocole&#xa0;:</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Leave empty to use the bundled default protocol of the patient-partner trial. &quot;Create trial&quot; creates the workspace: this cannot be undone from the wizard.</source>
        <translation>Laissez vide pour utiliser le protocole fourni par défaut de l&apos;essai sur les patients partenaires. «&#xa0;Créer l&apos;essai&#xa0;» crée l&apos;espace de travail&#xa0;: cette action ne peut pas être annulée depuis l&apos;assistant.</translation>
    </message>
    <message>
        <source>&amp;Create trial</source>
        <translation>&amp;Créer l&apos;essai</translation>
    </message>
    <message>
        <source>Protocol file</source>
        <translation>Fichier de protocole</translation>
    </message>
    <message>
        <source>Protocol definitions (*.json);;All files (*)</source>
        <translation>Définitions de protocole (*.json);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationLogModel</name>
    <message>
        <source>%1 (in error)</source>
        <translation>%1 (par erreur)</translation>
    </message>
    <message>
        <source>%1 (#%2, design v%3)</source>
        <translation>%1 (nº %2, plan v%3)</translation>
    </message>
    <message>
        <source>%1 (size %2, position %3)</source>
        <translation>%1 (taille %2, position %3)</translation>
    </message>
    <message>
        <source>✔ verified</source>
        <translation>✔ conforme</translation>
    </message>
    <message>
        <source>✘ duplicate position</source>
        <translation>✘ position en double</translation>
    </message>
    <message>
        <source>✘ the stream gives %1</source>
        <translation>✘ le flux donne %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Identifiant d&apos;étude</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationLogPage</name>
    <message>
        <source>The log could not be read.</source>
        <translation>Le registre n&apos;a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>Verified at %1: %n allocations, each matching its stratum&apos;s stream; no gap, no duplicate.</source>
        <translation>
            <numerusform>Vérifié le %1&#xa0;: %n répartition, conforme au flux de sa strate&#x202f;; aucune lacune, aucun doublon.</numerusform>
            <numerusform>Vérifié le %1&#xa0;: %n répartitions, chacune conforme au flux de sa strate&#x202f;; aucune lacune, aucun doublon.</numerusform>
        </translation>
    </message>
    <message>
        <source>PROBLEMS FOUND at %1: %2 mismatching, %3 duplicate, %4 gaps (entries in red).</source>
        <translation>PROBLÈMES DÉTECTÉS le %1&#xa0;: %2 discordances, %3 doublons, %4 lacunes (entrées en rouge).</translation>
    </message>
    <message>
        <source>Gap in stratum %1 (design v%2): sequences %3 to %4 are missing.</source>
        <translation>Lacune dans la strate %1 (plan v%2)&#xa0;: les séquences %3 à %4 sont manquantes.</translation>
    </message>
    <message>
        <source>Audit chain intact; head %1</source>
        <translation>Chaîne de vérification intacte&#x202f;; tête %1</translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation>Chaîne de vérification ROMPUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written (%2): choose another folder or file name.</source>
        <translation>%1 ne peut pas être écrit (%2)&#xa0;: choisissez un autre dossier ou un autre nom de fichier.</translation>
    </message>
    <message>
        <source>Export the randomization log</source>
        <translation>Exporter le registre de randomisation</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exporté dans %1.</translation>
    </message>
    <message>
        <source>Export the randomization log as PDF</source>
        <translation>Exporter le registre de randomisation en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Registre de randomisation</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationLogPdf</name>
    <message>
        <source>Verification: every entry matches its stream; no gap, no duplicate; the audit chain verifies.</source>
        <translation>Vérification&#xa0;: chaque entrée est conforme à son flux&#x202f;; aucune lacune, aucun doublon&#x202f;; la chaîne de vérification est intacte.</translation>
    </message>
    <message>
        <source>Verification FAILED.</source>
        <translation>Vérification ÉCHOUÉE.</translation>
    </message>
    <message numerus="yes">
        <source>%n allocations</source>
        <translation>
            <numerusform>%n répartition</numerusform>
            <numerusform>%n répartitions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mismatches</source>
        <translation>
            <numerusform>%n discordance</numerusform>
            <numerusform>%n discordances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicates</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gaps</source>
        <translation>
            <numerusform>%n lacune</numerusform>
            <numerusform>%n lacunes</numerusform>
        </translation>
    </message>
    <message>
        <source>gap in stratum %1 (design v%2): sequences %3 to %4 missing</source>
        <translation>lacune dans la strate %1 (plan v%2)&#xa0;: séquences %3 à %4 manquantes</translation>
    </message>
    <message>
        <source>audit chain intact, head %1</source>
        <translation>chaîne de vérification intacte, tête %1</translation>
    </message>
    <message>
        <source>audit chain BROKEN: %1</source>
        <translation>chaîne de vérification ROMPUE&#xa0;: %1</translation>
    </message>
    <message>
        <source>Randomization log</source>
        <translation>Registre de randomisation</translation>
    </message>
    <message>
        <source>Trial:</source>
        <translation>Essai&#xa0;:</translation>
    </message>
    <message>
        <source>Data cut:</source>
        <translation>Date d&apos;extraction&#xa0;:</translation>
    </message>
    <message>
        <source>Generated by:</source>
        <translation>Généré par&#xa0;:</translation>
    </message>
    <message>
        <source>%1 exists and cannot be replaced: close it or choose another name.</source>
        <translation>%1 existe et ne peut pas être remplacé&#xa0;: fermez-le ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: check that the folder exists and is writable, then export again.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1&#xa0;: vérifiez que le dossier existe et est accessible en écriture, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizeDialog</name>
    <message>
        <source>Randomize %1</source>
        <translation>Randomiser %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 1 of 2.&lt;/b&gt; Check the participant and the stratum values against the source documents: the allocation depends on them and cannot be undone.</source>
        <translation>&lt;b&gt;Étape 1 de 2.&lt;/b&gt; Vérifiez le participant et les valeurs de strate par rapport aux documents sources&#xa0;: la répartition en dépend et ne peut pas être annulée.</translation>
    </message>
    <message>
        <source>Study ID:</source>
        <translation>Identifiant d&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Screening:</source>
        <translation>Présélection&#xa0;:</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <source>form %1 signed on %2</source>
        <translation>formulaire %1 signé le %2</translation>
    </message>
    <message>
        <source>I have &amp;checked these values</source>
        <translation>J&apos;ai &amp;vérifié ces valeurs</translation>
    </message>
    <message>
        <source>&amp;Next: sign</source>
        <translation>&amp;Suivant&#xa0;: signer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Step 2 of 2: electronic signature.&lt;/b&gt; Enter your password to sign. The signature is recorded with its meaning:</source>
        <translation>&lt;b&gt;Étape 2 de 2&#xa0;: signature électronique.&lt;/b&gt; Entrez votre mot de passe pour signer. La signature est consignée avec sa signification&#xa0;:</translation>
    </message>
    <message>
        <source>Signing as %1 (%2)</source>
        <translation>Signature en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign and randomize</source>
        <translation>Signer et &amp;randomiser</translation>
    </message>
    <message>
        <source>Participant %1 is randomized.</source>
        <translation>Le participant %1 est randomisé.</translation>
    </message>
    <message>
        <source>Arm: %1</source>
        <translation>Bras&#xa0;: %1</translation>
    </message>
    <message>
        <source>Randomized on %1 by %2</source>
        <translation>Randomisé le %1 par %2</translation>
    </message>
    <message>
        <source>Enter your password to sign the randomization.</source>
        <translation>Entrez votre mot de passe pour signer la randomisation.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ReasonDialog</name>
    <message>
        <source>required, recorded in the audit trail</source>
        <translation>obligatoire, consignée dans la piste de vérification</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Give a reason: it is recorded in the audit trail with the change.</source>
        <translation>Indiquez une raison&#xa0;: elle est consignée dans la piste de vérification avec la modification.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RecoveryDialog</name>
    <message>
        <source>Open the trial with the recovery code</source>
        <translation>Ouvrir l&apos;essai avec le code de récupération</translation>
    </message>
    <message>
        <source>&amp;Open and set password</source>
        <translation>&amp;Ouvrir et définir le mot de passe</translation>
    </message>
    <message>
        <source>Type the recovery code shown when the trial was created, your administrator user name, and a new password. The use of the recovery code is recorded in the audit trail.</source>
        <translation>Tapez le code de récupération affiché à la création de l&apos;essai, votre nom d&apos;utilisateur d&apos;administrateur et un nouveau mot de passe. L&apos;utilisation du code de récupération est consignée dans la piste de vérification.</translation>
    </message>
    <message>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Code de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation>&amp;Nom d&apos;utilisateur de l&apos;administrateur&#xa0;:</translation>
    </message>
    <message>
        <source>Type the recovery code and the administrator&apos;s user name.</source>
        <translation>Tapez le code de récupération et le nom d&apos;utilisateur de l&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RecoveryPage</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>The trial was created.</source>
        <translation>L&apos;essai a été créé.</translation>
    </message>
    <message>
        <source>This recovery code opens the trial&apos;s data if every administrator password is lost. It is shown only now: write it down or print it, and keep it in a safe place away from this computer. Anyone holding it can read the trial&apos;s data.</source>
        <translation>Ce code de récupération ouvre les données de l&apos;essai si tous les mots de passe d&apos;administrateur sont perdus. Il n&apos;est affiché que maintenant&#xa0;: notez-le ou imprimez-le, et conservez-le en lieu sûr, loin de cet ordinateur. Quiconque le détient peut lire les données de l&apos;essai.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have &amp;saved the recovery code in a safe place</source>
        <translation>J&apos;ai &amp;mis le code de récupération en lieu sûr</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningPage</name>
    <message>
        <source>Screening</source>
        <translation>Présélection</translation>
    </message>
    <message>
        <source>Everyone assessed for eligibility is recorded in the screening log, enrolled or not.</source>
        <translation>Toute personne évaluée pour l&apos;admissibilité est consignée dans le registre de présélection, qu&apos;elle soit recrutée ou non.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other or undisclosed</source>
        <translation>Autre ou non divulgué</translation>
    </message>
    <message>
        <source>Eligibility checklist</source>
        <translation>Liste de vérification de l&apos;admissibilité</translation>
    </message>
    <message>
        <source>Declined to take part</source>
        <translation>A refusé de participer</translation>
    </message>
    <message>
        <source>Not enrolled for another reason</source>
        <translation>Non recruté pour une autre raison</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Date of screening:</source>
        <translation>&amp;Date de la présélection&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Age (years):</source>
        <translation>&amp;Âge (ans)&#xa0;:</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>Se&amp;xe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Assessment:</source>
        <translation>É&amp;valuation&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Inclusion criteria&lt;/b&gt; (all must be met)</source>
        <translation>&lt;b&gt;Critères d&apos;inclusion&lt;/b&gt; (tous doivent être remplis)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Exclusion criteria&lt;/b&gt; (none may apply)</source>
        <translation>&lt;b&gt;Critères d&apos;exclusion&lt;/b&gt; (aucun ne doit s&apos;appliquer)</translation>
    </message>
    <message>
        <source>required when declined or not enrolled for another reason</source>
        <translation>obligatoire en cas de refus ou de non-recrutement pour une autre raison</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The exclusion applies: the person is excluded.</source>
        <translation>Le critère d&apos;exclusion s&apos;applique&#xa0;: la personne est exclue.</translation>
    </message>
    <message>
        <source>The criterion is met.</source>
        <translation>Le critère est rempli.</translation>
    </message>
    <message>
        <source>Outcome: declined. Give the reason below.</source>
        <translation>Résultat&#xa0;: refus. Indiquez la raison ci-dessous.</translation>
    </message>
    <message>
        <source>Outcome: not enrolled. Give the reason below.</source>
        <translation>Résultat&#xa0;: non recruté. Indiquez la raison ci-dessous.</translation>
    </message>
    <message>
        <source>Answer every criterion: %1 of %2 answered.</source>
        <translation>Répondez à chaque critère&#xa0;: %1 sur %2 répondus.</translation>
    </message>
    <message>
        <source>Outcome: eligible. Continue with consent.</source>
        <translation>Résultat&#xa0;: admissible. Continuez avec le consentement.</translation>
    </message>
    <message>
        <source>not met: %1</source>
        <translation>non rempli&#xa0;: %1</translation>
    </message>
    <message>
        <source>applies: %1</source>
        <translation>s&apos;applique&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: not eligible (%1). The screening is recorded as not eligible.</source>
        <translation>Résultat&#xa0;: non admissible (%1). La présélection est consignée comme non admissible.</translation>
    </message>
    <message>
        <source>&amp;Record screening</source>
        <translation>&amp;Consigner la présélection</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningResultPage</name>
    <message>
        <source>Recorded</source>
        <translation>Consigné</translation>
    </message>
    <message>
        <source>Screening %1 is recorded in the screening log: %2. The person is not enrolled.</source>
        <translation>La présélection %1 est consignée dans le registre de présélection&#xa0;: %2. La personne n&apos;est pas recrutée.</translation>
    </message>
    <message>
        <source>Screening %1, consent and registration are recorded. Write the study ID in the participant&apos;s file; randomize from the participant&apos;s page.</source>
        <translation>La présélection %1, le consentement et l&apos;inscription sont consignés. Inscrivez l&apos;identifiant d&apos;étude dans le dossier du participant&#x202f;; randomisez à partir de la page du participant.</translation>
    </message>
    <message>
        <source>Study ID: %1</source>
        <translation>Identifiant d&apos;étude&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ScreeningWizard</name>
    <message>
        <source>Screen a patient</source>
        <translation>Présélectionner un patient</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::SecurityPanel</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is a complete, still encrypted copy of the trial, made in the workspace&apos;s backups folder. The passwords and the recovery code valid when it was made open it. Copy backup folders to a safe place away from this computer.</source>
        <translation>Une sauvegarde est une copie complète, toujours chiffrée, de l&apos;essai, faite dans le dossier des sauvegardes de l&apos;espace de travail. Les mots de passe et le code de récupération valides au moment où elle a été faite l&apos;ouvrent. Copiez les dossiers de sauvegarde en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Database key</source>
        <translation>Clé de la base de données</translation>
    </message>
    <message>
        <source>Rotating the database key re-encrypts the trial&apos;s data under a new random key, for example after a computer or a recovery code may have been exposed. A new recovery code replaces the old one, which stops working. Your own password keeps working; every other user must then get a new password from you (Users tab, Reset password…). Make a backup first.</source>
        <translation>Changer la clé de la base de données rechiffre les données de l&apos;essai avec une nouvelle clé aléatoire, par exemple lorsqu&apos;un ordinateur ou un code de récupération a pu être exposé. Un nouveau code de récupération remplace l&apos;ancien, qui cesse de fonctionner. Votre propre mot de passe continue de fonctionner&#x202f;; chaque autre utilisateur doit ensuite recevoir de vous un nouveau mot de passe (onglet Utilisateurs, Réinitialiser le mot de passe…). Faites d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Rotate the database key…</source>
        <translation>&amp;Changer la clé de la base de données…</translation>
    </message>
    <message>
        <source>Login policy</source>
        <translation>Politique de connexion</translation>
    </message>
    <message>
        <source>After this many failed sign-ins in a row, the account is locked for the given time. The policy applies to the whole trial.</source>
        <translation>Après ce nombre d&apos;échecs de connexion consécutifs, le compte est verrouillé pendant la durée indiquée. La politique s&apos;applique à tout l&apos;essai.</translation>
    </message>
    <message>
        <source>&amp;Maximum failed sign-ins:</source>
        <translation>&amp;Nombre maximal d&apos;échecs de connexion&#xa0;:</translation>
    </message>
    <message>
        <source>L&amp;ockout duration:</source>
        <translation>&amp;Durée du verrouillage&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Save login &amp;policy…</source>
        <translation>Enregistrer la &amp;politique de connexion…</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) cannot sign in until you set a new password for them (Users tab, Reset password…): %1</source>
        <translation>
            <numerusform>%n utilisateur ne peut pas se connecter tant que vous ne lui avez pas défini un nouveau mot de passe (onglet Utilisateurs, Réinitialiser le mot de passe…)&#xa0;: %1</numerusform>
            <numerusform>%n utilisateurs ne peuvent pas se connecter tant que vous ne leur avez pas défini un nouveau mot de passe (onglet Utilisateurs, Réinitialiser le mot de passe…)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Back up the trial</source>
        <translation>Sauvegarder l&apos;essai</translation>
    </message>
    <message>
        <source>A complete encrypted copy of the trial is made now in the workspace&apos;s backups folder. The entry in the audit trail records why.</source>
        <translation>Une copie chiffrée complète de l&apos;essai est faite maintenant dans le dossier des sauvegardes de l&apos;espace de travail. L&apos;entrée de la piste de vérification en consigne la raison.</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>Backup saved in %1. Copy it to a safe place away from this computer.</source>
        <translation>Sauvegarde enregistrée dans %1. Copiez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Rotate the database key</source>
        <translation>Changer la clé de la base de données</translation>
    </message>
    <message>
        <source>The trial&apos;s data is re-encrypted under a new key and a new recovery code is shown once. Every other user&apos;s password stops working until you set a new one for them. Type your own password: it protects your access under the new key.</source>
        <translation>Les données de l&apos;essai sont rechiffrées avec une nouvelle clé et un nouveau code de récupération est affiché une seule fois. Le mot de passe de chaque autre utilisateur cesse de fonctionner jusqu&apos;à ce que vous lui en définissiez un nouveau. Tapez votre propre mot de passe&#xa0;: il protège votre accès avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>Type your password to rotate the key: it protects your own access under the new key.</source>
        <translation>Tapez votre mot de passe pour changer la clé&#xa0;: il protège votre propre accès avec la nouvelle clé.</translation>
    </message>
    <message>
        <source>Your &amp;password:</source>
        <translation>Votre &amp;mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>The database key was rotated.</source>
        <translation>La clé de la base de données a été changée.</translation>
    </message>
    <message numerus="yes">
        <source>The database key was rotated. %n user(s) need a new password.</source>
        <translation>
            <numerusform>La clé de la base de données a été changée. %n utilisateur a besoin d&apos;un nouveau mot de passe.</numerusform>
            <numerusform>La clé de la base de données a été changée. %n utilisateurs ont besoin d&apos;un nouveau mot de passe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the login policy</source>
        <translation>Modifier la politique de connexion</translation>
    </message>
    <message>
        <source>New policy: maximum failed sign-ins in a row %1, lockout duration %2 min.</source>
        <translation>Nouvelle politique&#xa0;: au plus %1 échecs de connexion consécutifs, durée du verrouillage %2 min.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Login policy saved. It applies to the next sign-ins and unlocks.</source>
        <translation>Politique de connexion enregistrée. Elle s&apos;applique aux prochaines connexions et aux déverrouillages.</translation>
    </message>
    <message>
        <source>Rotate &amp;key</source>
        <translation>Changer la &amp;clé</translation>
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
        <translation>Énumérez les sites de recrutement. Le code (de 2 à 8 lettres majuscules ou chiffres, en commençant par une lettre) préfixe les identifiants d&apos;étude des participants du site.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>&amp;Add site</source>
        <translation>&amp;Ajouter le site</translation>
    </message>
    <message>
        <source>&amp;Remove site</source>
        <translation>&amp;Retirer le site</translation>
    </message>
    <message>
        <source>Add at least one site.</source>
        <translation>Ajoutez au moins un site.</translation>
    </message>
    <message>
        <source>Row %1: the code must be 2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>Rangée %1&#xa0;: le code doit compter de 2 à 8 lettres majuscules ou chiffres, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>Row %1: give the site&apos;s name in French and in English.</source>
        <translation>Rangée %1&#xa0;: indiquez le nom du site en français et en anglais.</translation>
    </message>
    <message>
        <source>Row %1: the code %2 is used twice.</source>
        <translation>Rangée %1&#xa0;: le code %2 est utilisé deux fois.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::SitesPanel</name>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name (French)</source>
        <translation>Nom (français)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Nom (anglais)</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Add site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>Site added.</source>
        <translation>Site ajouté.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::TrialPage</name>
    <message>
        <source>Give the full path of the workspace folder, for example %1.</source>
        <translation>Indiquez le chemin complet du dossier de l&apos;espace de travail, par exemple %1.</translation>
    </message>
    <message>
        <source>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</source>
        <translation>Ce dossier contient déjà un espace de travail d&apos;essai. Choisissez un autre dossier, ou annulez et ouvrez l&apos;essai existant avec --workspace.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder. Choose a folder.</source>
        <translation>%1 est un fichier, et non un dossier. Choisissez un dossier.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose an empty or new folder for the workspace.</source>
        <translation>Le dossier %1 n&apos;est pas vide. Choisissez un dossier vide ou nouveau pour l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <source>Name the trial and choose the folder that will hold its encrypted database, key slots and backups.</source>
        <translation>Nommez l&apos;essai et choisissez le dossier qui contiendra sa base de données chiffrée, ses emplacements de clé et ses sauvegardes.</translation>
    </message>
    <message>
        <source>Trial &amp;name:</source>
        <translation>&amp;Nom de l&apos;essai&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Patient partners in cardiac rehabilitation</source>
        <translation>p. ex. Patients partenaires en réadaptation cardiaque</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>&amp;Dossier de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::UsersPanel</name>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le &amp;mot de passe…</translation>
    </message>
    <message>
        <source>Change r&amp;ole…</source>
        <translation>Changer le r&amp;ôle…</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>Deactivate %1</source>
        <translation>Désactiver %1</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in: their key slot is removed. Their past entries stay in the audit trail.</source>
        <translation>%1 ne pourra plus se connecter&#xa0;: son emplacement de clé est supprimé. Ses entrées passées restent dans la piste de vérification.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>User %1 deactivated.</source>
        <translation>Utilisateur %1 désactivé.</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>Réinitialiser le mot de passe de %1</translation>
    </message>
    <message>
        <source>Set a new password for %1 and give it to them in private.</source>
        <translation>Définissez un nouveau mot de passe pour %1 et communiquez-le-lui en privé.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>&amp;Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
    <message>
        <source>Change the role of %1</source>
        <translation>Changer le rôle de %1</translation>
    </message>
    <message>
        <source>The new role decides what %1 may see and do from their next sign-in.</source>
        <translation>Le nouveau rôle détermine ce que %1 pourra voir et faire dès sa prochaine connexion.</translation>
    </message>
    <message>
        <source>New r&amp;ole:</source>
        <translation>Nouveau r&amp;ôle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Changer le rôle</translation>
    </message>
    <message>
        <source>The role of %1 was changed.</source>
        <translation>Le rôle de %1 a été changé.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::AllocationListWriter</name>
    <message>
        <source>A minimization design has no allocation list made in advance; export a list from a permuted blocks design.</source>
        <translation>Un plan par minimisation n&apos;a pas de liste de répartition établie d&apos;avance&#x202f;; exportez une liste à partir d&apos;un plan par blocs permutés.</translation>
    </message>
    <message>
        <source>The number of entries per stratum must be from 1 to 1000000; %1 was given.</source>
        <translation>Le nombre d&apos;entrées par strate doit être de 1 à 1000000&#x202f;; %1 a été fourni.</translation>
    </message>
    <message>
        <source>The output is not open for writing.</source>
        <translation>La sortie n&apos;est pas ouverte en écriture.</translation>
    </message>
    <message>
        <source>Writing the allocation list failed (%1); check the disk space and the folder&apos;s permissions, then export again.</source>
        <translation>L&apos;écriture de la liste de répartition a échoué (%1)&#x202f;; vérifiez l&apos;espace disque et les autorisations du dossier, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Design</name>
    <message>
        <source>A design needs at least two arms; give them as CODE:WEIGHT, e.g. PP:1,UC:1.</source>
        <translation>Un plan doit avoir au moins deux bras&#x202f;; indiquez-les sous la forme CODE:POIDS, p. ex. PP:1,UC:1.</translation>
    </message>
    <message>
        <source>A design may have at most %1 arms; %2 were given.</source>
        <translation>Un plan peut avoir au plus %1 bras&#x202f;; %2 ont été fournis.</translation>
    </message>
    <message>
        <source>The arm code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le code de bras «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 16 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The arm code &quot;%1&quot; is used twice; each arm needs its own code.</source>
        <translation>Le code de bras «&#xa0;%1&#xa0;» est utilisé deux fois&#x202f;; chaque bras doit avoir son propre code.</translation>
    </message>
    <message>
        <source>The weight of arm &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</source>
        <translation>Le poids du bras «&#xa0;%1&#xa0;» est %2&#x202f;; il doit être un nombre entier de 1 à %3.</translation>
    </message>
    <message>
        <source>Give at least one block multiple, e.g. 2,3 (blocks of 4 and 6 for 1:1).</source>
        <translation>Indiquez au moins un multiple de bloc, p. ex. 2,3 (blocs de 4 et de 6 pour 1:1).</translation>
    </message>
    <message>
        <source>The block multiple %1 is not allowed: use whole numbers from 1 to %2.</source>
        <translation>Le multiple de bloc %1 n&apos;est pas permis&#xa0;: utilisez des nombres entiers de 1 à %2.</translation>
    </message>
    <message>
        <source>The block multiple %1 is listed twice; list each once.</source>
        <translation>Le multiple de bloc %1 figure deux fois&#x202f;; indiquez chacun une seule fois.</translation>
    </message>
    <message>
        <source>The block multiple %1 makes blocks of %2 participants; the largest block allowed is %3.</source>
        <translation>Le multiple de bloc %1 donne des blocs de %2 participants&#x202f;; le plus grand bloc permis est de %3.</translation>
    </message>
    <message>
        <source>The factor code &quot;%1&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le code de facteur «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 16 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The factor code &quot;%1&quot; is used twice; each factor needs its own code.</source>
        <translation>Le code de facteur «&#xa0;%1&#xa0;» est utilisé deux fois&#x202f;; chaque facteur doit avoir son propre code.</translation>
    </message>
    <message>
        <source>The factor &quot;%1&quot; has no levels; give its level codes in order.</source>
        <translation>Le facteur «&#xa0;%1&#xa0;» n&apos;a aucun niveau&#x202f;; indiquez ses codes de niveau dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>The level code &quot;%1&quot; of factor &quot;%2&quot; is not valid: use 1 to 16 letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>Le code de niveau «&#xa0;%1&#xa0;» du facteur «&#xa0;%2&#xa0;» n&apos;est pas valide&#xa0;: utilisez de 1 à 16 lettres, chiffres, «&#xa0;_&#xa0;» ou «&#xa0;-&#xa0;».</translation>
    </message>
    <message>
        <source>The level code &quot;%1&quot; is used twice in factor &quot;%2&quot;.</source>
        <translation>Le code de niveau «&#xa0;%1&#xa0;» est utilisé deux fois dans le facteur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The weight of factor &quot;%1&quot; is %2; it must be a whole number from 1 to %3.</source>
        <translation>Le poids du facteur «&#xa0;%1&#xa0;» est %2&#x202f;; il doit être un nombre entier de 1 à %3.</translation>
    </message>
    <message>
        <source>Only one factor may be marked as the site; %1 are.</source>
        <translation>Un seul facteur peut être désigné comme site&#x202f;; %1 le sont.</translation>
    </message>
    <message>
        <source>The factors make more than %1 strata; use fewer factors or levels (or minimization with fewer levels).</source>
        <translation>Les facteurs produisent plus de %1 strates&#x202f;; utilisez moins de facteurs ou de niveaux (ou la minimisation avec moins de niveaux).</translation>
    </message>
    <message>
        <source>Minimization balances over factors: give at least one stratification factor.</source>
        <translation>La minimisation équilibre selon des facteurs&#xa0;: indiquez au moins un facteur de stratification.</translation>
    </message>
    <message>
        <source>For minimization the least common multiple of the arm weights must be at most 1000; use smaller weights, e.g. 2:1 rather than 200:100.</source>
        <translation>Pour la minimisation, le plus petit commun multiple des poids des bras doit être d&apos;au plus 1000&#x202f;; utilisez des poids plus petits, p. ex. 2:1 plutôt que 200:100.</translation>
    </message>
    <message>
        <source>The probability of taking the minimizing arm must be above 0 and at most 1, e.g. 0.8.</source>
        <translation>La probabilité de choisir le bras qui minimise le déséquilibre doit être supérieure à 0 et d&apos;au plus 1, p. ex. 0.8.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arm: write CODE:WEIGHT with a whole weight, e.g. PP:1.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un bras&#xa0;: écrivez CODE:POIDS avec un poids entier, p. ex. PP:1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a block multiple: give whole numbers separated by commas, e.g. 2,3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un multiple de bloc&#xa0;: indiquez des nombres entiers séparés par des virgules, p. ex. 2,3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a probability: write a number above 0 and at most 1 with at most six decimals, e.g. 0.8.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une probabilité&#xa0;: écrivez un nombre supérieur à 0 et d&apos;au plus 1, avec au plus six décimales, p. ex. 0.8.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Seed</name>
    <message>
        <source>The seed must be exactly 64 hexadecimal digits (256 bits); %1 characters were given. Generate one with &quot;trialdesk-cli design seed&quot;.</source>
        <translation>Le germe doit compter exactement 64 chiffres hexadécimaux (256 bits)&#x202f;; %1 caractères ont été fournis. Générez-en un avec «&#xa0;trialdesk-cli design seed&#xa0;».</translation>
    </message>
    <message>
        <source>The seed may hold only the hexadecimal digits 0-9 and a-f; character %1 (&quot;%2&quot;) is not one.</source>
        <translation>Le germe ne peut contenir que les chiffres hexadécimaux 0-9 et a-f&#x202f;; le caractère %1 («&#xa0;%2&#xa0;») n&apos;en est pas un.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Simulator</name>
    <message>
        <source>The number of participants must be from 1 to %1.</source>
        <translation>Le nombre de participants doit être de 1 à %1.</translation>
    </message>
    <message>
        <source>The number of trials must be from 1 to %1.</source>
        <translation>Le nombre d&apos;essais doit être de 1 à %1.</translation>
    </message>
    <message>
        <source>The number of threads must be from 0 (one per core) to 256.</source>
        <translation>Le nombre de fils d&apos;exécution doit être de 0 (un par cœur) à 256.</translation>
    </message>
    <message>
        <source>Give one weight per stratum: %1 weight(s) for %2 strata.</source>
        <translation>Indiquez un poids par strate&#xa0;: %1 poids pour %2 strates.</translation>
    </message>
    <message>
        <source>Stratum weights must be whole numbers of at least 0 with a total from 1 to 1000000000.</source>
        <translation>Les poids des strates doivent être des nombres entiers d&apos;au moins 0 dont le total est de 1 à 1000000000.</translation>
    </message>
    <message>
        <source>The simulation was cancelled.</source>
        <translation>La simulation a été annulée.</translation>
    </message>
</context>
<context>
    <name>trialdesk::randomization::Verifier</name>
    <message>
        <source>Stratum %1 does not exist: the design has strata 0 to %2.</source>
        <translation>La strate %1 n&apos;existe pas&#xa0;: le plan a les strates 0 à %2.</translation>
    </message>
    <message>
        <source>Sequence %1 is out of range: sequences count from 1 to %2 within a stratum.</source>
        <translation>La séquence %1 est hors limites&#xa0;: les séquences vont de 1 à %2 dans une strate.</translation>
    </message>
    <message>
        <source>The arm &quot;%1&quot; is not in the design.</source>
        <translation>Le bras «&#xa0;%1&#xa0;» ne fait pas partie du plan.</translation>
    </message>
    <message>
        <source>The entry gives %1 level(s); the design has %2 factor(s).</source>
        <translation>L&apos;entrée indique %1 niveau(x)&#x202f;; le plan a %2 facteur(s).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a level of factor &quot;%2&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un niveau du facteur «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
</TS>
