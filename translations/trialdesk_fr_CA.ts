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
    <message>
        <source>The secret is empty.</source>
        <translation>Le secret est vide.</translation>
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
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>Visit agenda</source>
        <translation>Agenda des visites</translation>
    </message>
    <message>
        <source>Case report forms</source>
        <translation>Formulaires de collecte (CRF)</translation>
    </message>
    <message>
        <source>Data queries</source>
        <translation>Demandes de clarification</translation>
    </message>
    <message>
        <source>Data exports</source>
        <translation>Exportations de données</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an object with non-empty &quot;fr&quot; and &quot;en&quot; texts</source>
        <translation>«&#xa0;%1&#xa0;» doit être un objet avec des textes «&#xa0;fr&#xa0;» et «&#xa0;en&#xa0;» non vides</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::AuditCommands</name>
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
    <message>
        <source>Re-walk the audit chain (and check it against the heads saved in a checkpoint file); exit 3 at the first broken entry.</source>
        <translation>Reparcourir la chaîne de la piste de vérification (et la comparer aux têtes enregistrées dans un fichier de points de contrôle)&#x202f;; code de sortie 3 à la première entrée rompue.</translation>
    </message>
    <message>
        <source>Also check the chain against the checkpoints of this file (written by audit checkpoint), or against an export or backup manifest.</source>
        <translation>Comparer aussi la chaîne aux points de contrôle de ce fichier (écrit par audit checkpoint), ou à un manifeste d&apos;exportation ou de sauvegarde.</translation>
    </message>
    <message>
        <source>--checkpoint needs a FILE.</source>
        <translation>--checkpoint exige un FICHIER.</translation>
    </message>
    <message>
        <source>Verify the audit chain and add its current head to a checkpoint file kept outside the workspace.</source>
        <translation>Vérifier la chaîne de la piste de vérification et ajouter sa tête actuelle à un fichier de points de contrôle conservé hors de l&apos;espace de travail.</translation>
    </message>
    <message>
        <source>The checkpoint file: one line is added (the file is created if missing).</source>
        <translation>Le fichier de points de contrôle&#xa0;: une ligne y est ajoutée (le fichier est créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>audit checkpoint needs --output FILE.</source>
        <translation>audit checkpoint exige --output FICHIER.</translation>
    </message>
    <message>
        <source>Checkpoint added to %1.</source>
        <translation>Point de contrôle ajouté à %1.</translation>
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
    <message>
        <source>An existing folder to back up into, e.g. on another drive or a network share (default: the scheduled backups&apos; folder).</source>
        <translation>Un dossier existant où sauvegarder, par exemple sur un autre disque ou un partage réseau (par défaut&#xa0;: le dossier des sauvegardes planifiées).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>--output needs a folder.</source>
        <translation>--output demande un dossier.</translation>
    </message>
    <message>
        <source>Check a backup with your password; exit 3 when a problem is found.</source>
        <translation>Vérifier une sauvegarde avec votre mot de passe&#x202f;; code de sortie 3 si un problème est trouvé.</translation>
    </message>
    <message>
        <source>backup verify needs --password-stdin.</source>
        <translation>backup verify demande --password-stdin.</translation>
    </message>
    <message>
        <source>List the backups in the backup folder, newest first.</source>
        <translation>Lister les sauvegardes du dossier des sauvegardes, de la plus récente à la plus ancienne.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the last good backup is more than %n day(s) old.</source>
        <translation>
            <numerusform>Avertissement&#xa0;: la dernière bonne sauvegarde date de plus de %n jour.</numerusform>
            <numerusform>Avertissement&#xa0;: la dernière bonne sauvegarde date de plus de %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: there is no good backup in %1.</source>
        <translation>Avertissement&#xa0;: il n&apos;y a aucune bonne sauvegarde dans %1.</translation>
    </message>
    <message>
        <source>Run the daily backup schedule once (for cron): back up if due, keep the last N.</source>
        <translation>Exécuter une fois la planification des sauvegardes quotidiennes (pour cron)&#xa0;: sauvegarder si c&apos;est le moment, conserver les N dernières.</translation>
    </message>
    <message>
        <source>Daily backups are off (settings set --backup-daily on): nothing to do.</source>
        <translation>Les sauvegardes quotidiennes sont désactivées (settings set --backup-daily on)&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>The last good backup is less than a day old: nothing to do.</source>
        <translation>La dernière bonne sauvegarde date de moins d&apos;un jour&#xa0;: rien à faire.</translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation>Ancienne sauvegarde %1 supprimée.</translation>
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
    <name>trialdesk::cli::DataEnterCommand</name>
    <message>
        <source>Enter or change a participant&apos;s form from a JSON file of values (draft, or complete with --complete).</source>
        <translation>Saisir ou modifier un formulaire d&apos;un participant à partir d&apos;un fichier JSON de valeurs (brouillon, ou complet avec --complete).</translation>
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
        <source>The visit code, e.g. M3 (leave out for unscheduled forms: AE, EOS).</source>
        <translation>Le code de la visite, p. ex. M3 (à omettre pour les formulaires hors calendrier&#xa0;: AE, EOS).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The form code, e.g. PHQ9.</source>
        <translation>Le code du formulaire, p. ex. PHQ9.</translation>
    </message>
    <message>
        <source>For repeating unscheduled forms (AE): the instance to change (default: a new one).</source>
        <translation>Pour les formulaires hors calendrier répétables (AE)&#xa0;: l&apos;instance à modifier (par défaut&#xa0;: une nouvelle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>JSON object item -&gt; value: numbers, strings, booleans, arrays for multiple choice, {&quot;missing&quot;: &quot;not_done&quot;}; items left out are empty.</source>
        <translation>Objet JSON item -&gt; valeur&#xa0;: nombres, chaînes, booléens, listes pour les choix multiples, un objet dont la clé missing vaut not_done&#x202f;; les items omis sont vides.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Validate fully and mark the form complete.</source>
        <translation>Valider entièrement et marquer le formulaire comme complet.</translation>
    </message>
    <message>
        <source>Why a complete form changes (required then).</source>
        <translation>La raison de la modification d&apos;un formulaire complet (obligatoire dans ce cas).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>an object value must be {&quot;missing&quot;: &quot;not_done&quot;|&quot;unknown&quot;|&quot;refused&quot;}</source>
        <translation>une valeur objet doit avoir la clé missing avec la valeur not_done, unknown ou refused</translation>
    </message>
    <message>
        <source>data enter needs --participant STUDY_ID --form CODE --values FILE (and --visit CODE for a form of a visit).</source>
        <translation>data enter exige --participant ID_ÉTUDE --form CODE --values FICHIER (et --visit CODE pour un formulaire d&apos;une visite).</translation>
    </message>
    <message>
        <source>--instance must be a number from 1.</source>
        <translation>--instance doit être un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object of item values: %2</source>
        <translation>%1 n&apos;est pas un objet JSON de valeurs d&apos;items&#xa0;: %2</translation>
    </message>
    <message>
        <source>the top level must be an object</source>
        <translation>le niveau supérieur doit être un objet</translation>
    </message>
    <message>
        <source>form %1 has no such item</source>
        <translation>le formulaire %1 n&apos;a pas cet item</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the values above.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: corrigez les valeurs ci-dessus.</translation>
    </message>
    <message>
        <source>Form %1 of %2 saved (entry %3, %4).</source>
        <translation>Formulaire %1 de %2 enregistré (saisie %3, %4).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::DataShowCommand</name>
    <message>
        <source>Show every form entry of a participant with its state and values, in visit order.</source>
        <translation>Afficher chaque saisie de formulaire d&apos;un participant avec son état et ses valeurs, dans l&apos;ordre des visites.</translation>
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
        <source>data show needs --participant STUDY_ID.</source>
        <translation>data show exige --participant ID_ÉTUDE.</translation>
    </message>
    <message>
        <source>%1: no form entered yet.</source>
        <translation>%1&#xa0;: aucun formulaire saisi pour l&apos;instant.</translation>
    </message>
    <message>
        <source>(unscheduled)</source>
        <translation>(hors calendrier)</translation>
    </message>
    <message numerus="yes">
        <source>(%n open queries)</source>
        <translation>
            <numerusform>(%n demande de clarification ouverte)</numerusform>
            <numerusform>(%n demandes de clarification ouvertes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Print JSON: {&quot;participant&quot;, &quot;site&quot;, &quot;entries&quot;: [{&quot;entry&quot; (its reference, STUDY_ID/VISIT/FORM/INSTANCE), &quot;visit&quot; (null when unscheduled), &quot;form&quot;, &quot;version&quot;, &quot;instance&quot;, &quot;state&quot;, &quot;open_queries&quot;, &quot;updated_at&quot;, &quot;updated_by&quot;, &quot;values&quot;: {item: text or {&quot;missing&quot;: code}}}]}.</source>
        <translation>Afficher en JSON un objet avec les clés participant, site et entries (un tableau d&apos;objets avec les clés entry (la référence de la saisie, ID_ÉTUDE/VISITE/FORMULAIRE/INSTANCE), visit (null pour un formulaire hors calendrier), form, version, instance, state, open_queries, updated_at, updated_by et values (un objet qui associe à chaque item son texte ou {missing:code})).</translation>
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
    <message>
        <source>A seed of 64 hexadecimal digits, for published test vectors. A trial&apos;s real seed goes through --seed-stdin: the command line is visible to every user of the computer.</source>
        <translation>Un germe de 64 chiffres hexadécimaux, pour les vecteurs de test publiés. Le vrai germe d&apos;un essai passe par --seed-stdin&#xa0;: la ligne de commande est visible par tous les utilisateurs de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Read the seed (64 hexadecimal digits) from the first line of standard input.</source>
        <translation>Lire le germe (64 chiffres hexadécimaux) sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Give the seed with exactly one of --seed-stdin (a trial&apos;s seed) and --seed (a published test vector); see trialdesk-cli design stream --help.</source>
        <translation>Donnez le germe avec une seule des options --seed-stdin (le germe d&apos;un essai) et --seed (un vecteur de test publié)&#x202f;; voir trialdesk-cli design stream --help.</translation>
    </message>
    <message>
        <source>--seed-stdin: standard input holds no line with the seed.</source>
        <translation>--seed-stdin&#xa0;: l&apos;entrée standard ne contient aucune ligne avec le germe.</translation>
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
    <message>
        <source>--stratum gives the factor &quot;%1&quot; more than once; give each factor once, e.g. --stratum condition=HF.</source>
        <translation>--stratum donne le facteur «&#xa0;%1&#xa0;» plus d&apos;une fois&#xa0;; donnez chaque facteur une seule fois, p. ex. --stratum condition=HF.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportCsvCommand</name>
    <message>
        <source>Export the form data as tidy CSV per form, a data dictionary and a long CSV (de-identified unless --identifying); audited.</source>
        <translation>Exporter les données des formulaires en CSV ordonné par formulaire, avec un dictionnaire de données et un CSV long (dépersonnalisées sauf avec --identifying)&#x202f;; consigné dans la piste de vérification.</translation>
    </message>
    <message>
        <source>The folder to write the export into (created if missing; must not hold an export already).</source>
        <translation>Le dossier où écrire l&apos;exportation (créé s&apos;il n&apos;existe pas&#x202f;; il ne doit pas déjà contenir d&apos;exportation).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Add the participants&apos; identities (administrators only; needs --reason).</source>
        <translation>Ajouter l&apos;identité des participants (administrateurs seulement&#x202f;; exige --reason).</translation>
    </message>
    <message>
        <source>Why identities are exported (audited).</source>
        <translation>La raison de l&apos;exportation des identités (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>--output is required; see trialdesk-cli export %1 --help.</source>
        <translation>--output est obligatoire&#x202f;; voyez trialdesk-cli export %1 --help.</translation>
    </message>
    <message>
        <source>--reason goes with --identifying only.</source>
        <translation>--reason ne va qu&apos;avec --identifying.</translation>
    </message>
    <message>
        <source>An identifying export needs --reason TEXT (it is audited).</source>
        <translation>Une exportation nominative exige --reason TEXTE (elle est consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>%1 form entries (%2 values) of %3 participants exported to %4: %5</source>
        <translation>%1 saisies de formulaire (%2 valeurs) de %3 participants exportées dans %4&#xa0;: %5</translation>
    </message>
    <message>
        <source>This export identifies participants: keep it encrypted and delete it when done.</source>
        <translation>Cette exportation identifie les participants&#xa0;: gardez-la chiffrée et supprimez-la une fois le travail terminé.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportOdmCommand</name>
    <message>
        <source>Export the study metadata and form data as CDISC ODM 1.3.2 XML (trialdesk-odm.xml in DIR); --with-audit adds the audit records of form data.</source>
        <translation>Exporter les métadonnées de l&apos;étude et les données des formulaires en XML CDISC ODM 1.3.2 (trialdesk-odm.xml dans DOSSIER)&#x202f;; --with-audit ajoute les entrées de vérification des données des formulaires.</translation>
    </message>
    <message>
        <source>Add the audit records of form data (who changed which value, when, why).</source>
        <translation>Ajouter les entrées de vérification des données des formulaires (qui a modifié quelle valeur, quand et pourquoi).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ExportRedcapCommand</name>
    <message>
        <source>Export the form data as REDCap CSV (data, data dictionary, event mapping) for a longitudinal project.</source>
        <translation>Exporter les données des formulaires en CSV REDCap (données, dictionnaire de données, correspondance des événements) pour un projet longitudinal.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::FormValidateCommand</name>
    <message>
        <source>Check a case report form definition (JSON file); no workspace needed.</source>
        <translation>Vérifier la définition d&apos;un formulaire de collecte (CRF) (fichier JSON)&#x202f;; aucun espace de travail nécessaire.</translation>
    </message>
    <message>
        <source>form validate needs exactly one FILE.</source>
        <translation>form validate exige exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1&#xa0;: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%1: form %2 version %3 (%4), %n item(s): valid.</source>
        <translation>
            <numerusform>%1&#xa0;: formulaire %2 version %3 (%4), %n élément&#xa0;: valide.</numerusform>
            <numerusform>%1&#xa0;: formulaire %2 version %3 (%4), %n éléments&#xa0;: valide.</numerusform>
        </translation>
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
        <source>List the accounts that need a new password after a key rotation.</source>
        <translation>Lister les comptes qui ont besoin d&apos;un nouveau mot de passe après un changement de clé.</translation>
    </message>
    <message>
        <source>Every active account&apos;s key slot opens the current key.</source>
        <translation>L&apos;emplacement de clé de chaque compte actif ouvre la clé actuelle.</translation>
    </message>
    <message>
        <source>These accounts cannot sign in until you set a new password (user reset-password).</source>
        <translation>Ces comptes ne peuvent pas se connecter tant que vous ne leur donnez pas un nouveau mot de passe (user reset-password).</translation>
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
    <message>
        <source>stream lineage of design %1, stratum %2: sequences %3 to %4 were never allocated</source>
        <translation>lignée de séquences du plan %1, strate %2&#xa0;: les séquences %3 à %4 n&apos;ont jamais été attribuées</translation>
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
    <name>trialdesk::cli::QueryAnswerCommand</name>
    <message>
        <source>Answer a data query in words, or correct the value with a reason (site staff).</source>
        <translation>Répondre à une demande de clarification par écrit, ou corriger la valeur en donnant la raison (personnel du site).</translation>
    </message>
    <message>
        <source>The answer, when the value stays.</source>
        <translation>La réponse, lorsque la valeur reste inchangée.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The corrected value as JSON: 3, &quot;phone&quot;, [&quot;a&quot;,&quot;b&quot;], true, {&quot;missing&quot;: &quot;unknown&quot;}, null (no value).</source>
        <translation>La valeur corrigée en JSON&#xa0;: un nombre (3), une chaîne entre guillemets droits (phone), une liste de chaînes ([a,b]), true, un objet dont la clé missing vaut unknown, ou null (aucune valeur).</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Why the value is corrected.</source>
        <translation>La raison de la correction de la valeur.</translation>
    </message>
    <message>
        <source>Query %1 answered.</source>
        <translation>Réponse enregistrée pour la demande de clarification %1.</translation>
    </message>
    <message>
        <source>Form %1 version %2 has no item %3.</source>
        <translation>Le formulaire %1 version %2 n&apos;a pas d&apos;item %3.</translation>
    </message>
    <message>
        <source>Query %1 answered: %2 corrected.</source>
        <translation>Demande de clarification %1 répondue&#xa0;: item %2 corrigé.</translation>
    </message>
    <message>
        <source>query answer needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) and either --answer TEXT or --value JSON --reason TEXT.</source>
        <translation>query answer exige --query DEMANDE (p. ex. ICM-0001/M3/PHQ9/1#1) et soit --answer TEXTE, soit --value JSON --reason TEXTE.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryCloseCommand</name>
    <message>
        <source>Close a data query with a note (monitors).</source>
        <translation>Fermer une demande de clarification (query) avec une note (moniteurs).</translation>
    </message>
    <message>
        <source>How the query was resolved.</source>
        <translation>Comment la demande de clarification a été résolue.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Query %1 closed.</source>
        <translation>Demande de clarification %1 fermée.</translation>
    </message>
    <message>
        <source>query close needs --query QUERY (e.g. ICM-0001/M3/PHQ9/1#1) --note TEXT.</source>
        <translation>query close exige --query DEMANDE (p. ex. ICM-0001/M3/PHQ9/1#1) --note TEXTE.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryListCommand</name>
    <message>
        <source>List the data queries not closed of a site, or every query of one form entry.</source>
        <translation>Lister les demandes de clarification non fermées d&apos;un site, ou toutes les demandes de clarification d&apos;une saisie de formulaire.</translation>
    </message>
    <message>
        <source>The site code (default: every site you may see).</source>
        <translation>Le code du site (par défaut&#xa0;: tous les sites que vous pouvez voir).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>No query.</source>
        <translation>Aucune demande de clarification.</translation>
    </message>
    <message>
        <source>Every query of this form entry instead (STUDY_ID/VISIT/FORM/INSTANCE, as data show prints it).</source>
        <translation>Plutôt toutes les demandes de clarification de cette saisie de formulaire (ID_ÉTUDE/VISITE/FORMULAIRE/INSTANCE, telle que data show l&apos;affiche).</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>SAISIE</translation>
    </message>
    <message>
        <source>Print JSON: an array of {&quot;query&quot;, &quot;entry&quot;, &quot;participant&quot;, &quot;site&quot;, &quot;visit&quot;, &quot;form&quot;, &quot;item&quot;, &quot;status&quot;, &quot;question&quot;, &quot;raised_by&quot;, &quot;raised_at&quot;, &quot;answer&quot;, &quot;answered_by&quot;, &quot;answered_at&quot;, &quot;closed_by&quot;, &quot;closed_at&quot;, &quot;close_note&quot;} (null when not set).</source>
        <translation>Afficher en JSON&#xa0;: un tableau d&apos;objets aux clés query, entry, participant, site, visit, form, item, status, question, raised_by, raised_at, answer, answered_by, answered_at, closed_by, closed_at et close_note (null si non renseignées).</translation>
    </message>
    <message>
        <source>query list takes --site CODE or --entry ENTRY (e.g. ICM-0001/M3/PHQ9/1).</source>
        <translation>query list prend --site CODE ou --entry SAISIE (p. ex. ICM-0001/M3/PHQ9/1).</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryOption</name>
    <message>
        <source>The query, as query list prints it: STUDY_ID/VISIT/FORM/INSTANCE#N.</source>
        <translation>La demande de clarification, telle que query list l&apos;affiche&#xa0;: ID_ÉTUDE/VISITE/FORMULAIRE/INSTANCE#N.</translation>
    </message>
    <message>
        <source>QUERY</source>
        <translation>DEMANDE</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::QueryRaiseCommand</name>
    <message>
        <source>Raise a data query on one item of a saved form (monitors).</source>
        <translation>Ouvrir une demande de clarification sur un item d&apos;un formulaire enregistré (moniteurs).</translation>
    </message>
    <message>
        <source>Or the study ID, e.g. ICM-0001...</source>
        <translation>Ou l&apos;identifiant d&apos;étude, p. ex. ICM-0001…</translation>
    </message>
    <message>
        <source>STUDY_ID</source>
        <translation>ID_ÉTUDE</translation>
    </message>
    <message>
        <source>...the visit code (none for unscheduled forms)...</source>
        <translation>…le code de la visite (aucun pour les formulaires hors calendrier)…</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>...and the form code.</source>
        <translation>…et le code du formulaire.</translation>
    </message>
    <message>
        <source>The instance of a repeating form (default 1).</source>
        <translation>L&apos;instance d&apos;un formulaire répétable (par défaut 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>The item code, e.g. phq9_3.</source>
        <translation>Le code de l&apos;item, p. ex. phq9_3.</translation>
    </message>
    <message>
        <source>The question for the site.</source>
        <translation>La question pour le site.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>--instance must be a number from 1.</source>
        <translation>--instance doit être un nombre à partir de 1.</translation>
    </message>
    <message>
        <source>Query %1 raised.</source>
        <translation>Demande de clarification %1 ouverte.</translation>
    </message>
    <message>
        <source>The form entry, as data show prints it: STUDY_ID/VISIT/FORM/INSTANCE.</source>
        <translation>La saisie de formulaire, telle que data show l&apos;affiche&#xa0;: ID_ÉTUDE/VISITE/FORMULAIRE/INSTANCE.</translation>
    </message>
    <message>
        <source>ENTRY</source>
        <translation>SAISIE</translation>
    </message>
    <message>
        <source>--entry takes an entry as data show prints it, e.g. ICM-0001/M3/PHQ9/1.</source>
        <translation>--entry prend une saisie telle que data show l&apos;affiche, p. ex. ICM-0001/M3/PHQ9/1.</translation>
    </message>
    <message>
        <source>query raise needs --entry ENTRY or --participant STUDY_ID [--visit CODE] --form CODE, and --item CODE --question TEXT.</source>
        <translation>query raise exige --entry SAISIE ou --participant ID_ÉTUDE [--visit CODE] --form CODE, ainsi que --item CODE --question TEXTE.</translation>
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
    <name>trialdesk::cli::ReportCommand</name>
    <message>
        <source>Write the CONSORT flow diagram (json, png, svg or pdf) from live data; unblinded roles only.</source>
        <translation>Écrire le diagramme de flux CONSORT (json, png, svg ou pdf) à partir des données en direct&#x202f;; rôles sans insu seulement.</translation>
    </message>
    <message>
        <source>Write the recruitment report (pdf, csv or json): randomizations against the target, by site and month.</source>
        <translation>Écrire le rapport de recrutement (pdf, csv ou json)&#xa0;: les randomisations par rapport à la cible, par site et par mois.</translation>
    </message>
    <message>
        <source>Write the randomization report for monitors (pdf, csv or json): the log, its verification, the audit chain head.</source>
        <translation>Écrire le rapport de randomisation destiné aux moniteurs (pdf, csv ou json)&#xa0;: le registre, sa vérification, la tête de la chaîne de vérification.</translation>
    </message>
    <message>
        <source>Write Table 1 (baseline characteristics by arm) and balance by stratum as PDF, CSV or JSON.</source>
        <translation>Écrire le tableau 1 (caractéristiques initiales par bras) et l&apos;équilibre par strate en PDF, CSV ou JSON.</translation>
    </message>
    <message>
        <source>Write retention and visit completion by visit and arm as PDF, CSV or JSON.</source>
        <translation>Écrire la rétention et la réalisation des visites par visite et par bras en PDF, CSV ou JSON.</translation>
    </message>
    <message>
        <source>Write the descriptive outcome summary by arm (not the trial&apos;s analysis) as PDF, CSV or JSON.</source>
        <translation>Écrire le résumé descriptif des résultats par bras (pas l&apos;analyse de l&apos;essai) en PDF, CSV ou JSON.</translation>
    </message>
    <message>
        <source>This build of trialdesk-cli cannot draw reports (no graphics support): use the TrialDesk application to produce it.</source>
        <translation>Cette version de trialdesk-cli ne peut pas dessiner de rapports (pas de prise en charge graphique)&#xa0;: utilisez l&apos;application TrialDesk pour le produire.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
    <message>
        <source>The randomization log does not verify: see the report&apos;s verification section.</source>
        <translation>La vérification du registre de randomisation échoue&#xa0;: voyez la section de vérification du rapport.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::ReportOptions</name>
    <message>
        <source>Output format: %1.</source>
        <translation>Format de sortie&#xa0;: %1.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write (replaced if it exists).</source>
        <translation>Le fichier à écrire (remplacé s&apos;il existe).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>--%1 is required; see trialdesk-cli %2 --help.</source>
        <translation>--%1 est obligatoire&#x202f;; voyez trialdesk-cli %2 --help.</translation>
    </message>
    <message>
        <source>--format must be one of %1, not &quot;%2&quot;.</source>
        <translation>--format doit être l&apos;un de %1, et non «&#xa0;%2&#xa0;».</translation>
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
    <name>trialdesk::cli::ServerCommands</name>
    <message>
        <source>The trial server, as a libpq connection string (host=... port=... dbname=... sslmode=verify-full sslrootcert=FILE).</source>
        <translation>Le serveur de l&apos;essai, sous forme de chaîne de connexion libpq (host=... port=... dbname=... sslmode=verify-full sslrootcert=FICHIER).</translation>
    </message>
    <message>
        <source>CONNINFO</source>
        <translation>CONNINFO</translation>
    </message>
    <message>
        <source>name the database&apos;s owner role in the connection string (user=NAME).</source>
        <translation>nommez le rôle propriétaire de la base de données dans la chaîne de connexion (user=NOM).</translation>
    </message>
    <message>
        <source>Set a trial up on a PostgreSQL trial server (as the database&apos;s owner).</source>
        <translation>Mettre en place un essai sur un serveur d&apos;essai PostgreSQL (en tant que propriétaire de la base de données).</translation>
    </message>
    <message>
        <source>server init needs --server CONNINFO --trial-name NAME --admin NAME --password-stdin (standard input: the owner role&apos;s password on line 1, the new administrator&apos;s on line 2).</source>
        <translation>server init exige --server CONNINFO --trial-name NOM --admin NOM --password-stdin (entrée standard&#xa0;: le mot de passe du rôle propriétaire à la ligne 1, celui du nouvel administrateur à la ligne 2).</translation>
    </message>
    <message>
        <source>standard input needs two lines: the owner role&apos;s password, then the new administrator&apos;s.</source>
        <translation>l&apos;entrée standard doit contenir deux lignes&#xa0;: le mot de passe du rôle propriétaire, puis celui du nouvel administrateur.</translation>
    </message>
    <message>
        <source>The trial &quot;%1&quot; is set up on the server; %2 is its administrator. Connect each workstation with: trialdesk-cli connect --workspace DIR --server CONNINFO (without user=).</source>
        <translation>L&apos;essai «&#xa0;%1&#xa0;» est en place sur le serveur&#x202f;; %2 en est l&apos;administrateur. Connectez chaque poste avec&#xa0;: trialdesk-cli connect --workspace DOSSIER --server CONNINFO (sans user=).</translation>
    </message>
    <message>
        <source>Bring a trial server&apos;s schema up to this version (as the database&apos;s owner).</source>
        <translation>Mettre le schéma d&apos;un serveur d&apos;essai à jour pour cette version (en tant que propriétaire de la base de données).</translation>
    </message>
    <message>
        <source>server upgrade needs --server CONNINFO --password-stdin (the owner role&apos;s password on standard input).</source>
        <translation>server upgrade exige --server CONNINFO --password-stdin (le mot de passe du rôle propriétaire sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>no password on standard input.</source>
        <translation>aucun mot de passe sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema is up to date (version %1).</source>
        <translation>Le schéma du serveur d&apos;essai est à jour (version %1).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema went from version %1 to %2.</source>
        <translation>Le schéma du serveur d&apos;essai est passé de la version %1 à la version %2.</translation>
    </message>
    <message>
        <source>Make a folder a workspace of a trial on a server (no password is stored).</source>
        <translation>Faire d&apos;un dossier un espace de travail d&apos;un essai sur un serveur (aucun mot de passe n&apos;est conservé).</translation>
    </message>
    <message>
        <source>connect needs --workspace DIR --server CONNINFO.</source>
        <translation>connect exige --workspace DOSSIER --server CONNINFO.</translation>
    </message>
    <message>
        <source>%1 is now a workspace of the trial on the server. Sign in as usual: --workspace %1 --user NAME --password-stdin.</source>
        <translation>%1 est maintenant un espace de travail de l&apos;essai sur le serveur. Connectez-vous comme d&apos;habitude&#xa0;: --workspace %1 --user NOM --password-stdin.</translation>
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
    <message>
        <source>Change it with: trialdesk-cli password change --workspace DIR --user NAME --password-stdin (your current password on the first line of standard input, the new one on the second).</source>
        <translation>Changez-le avec&#xa0;: trialdesk-cli password change --workspace DIR --user NAME --password-stdin (votre mot de passe actuel sur la première ligne de l&apos;entrée standard, le nouveau sur la deuxième).</translation>
    </message>
    <message>
        <source>These accounts need a new password (user reset-password): %1</source>
        <translation>Ces comptes ont besoin d&apos;un nouveau mot de passe (user reset-password)&#xa0;: %1</translation>
    </message>
    <message>
        <source>A key rotation had been interrupted; signing in finished it. The line above is the NEW recovery code, shown only once: save it now. Every earlier recovery code no longer opens the trial.</source>
        <translation>Un changement de clé avait été interrompu&#x202f;; la connexion l&apos;a terminé. La ligne ci-dessus est le NOUVEAU code de récupération, affiché une seule fois&#xa0;: conservez-le maintenant. Aucun code de récupération antérieur n&apos;ouvre plus l&apos;essai.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::SettingsCommands</name>
    <message>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 exige un nombre entier de %2 à %3.</translation>
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
        <source>Settings changed.</source>
        <translation>Paramètres modifiés.</translation>
    </message>
    <message>
        <source>Show the idle lock delay, the login policy and the backup schedule.</source>
        <translation>Afficher le délai de verrouillage pour inactivité, la politique de connexion et la planification des sauvegardes.</translation>
    </message>
    <message>
        <source>Change the idle lock delay, the login policy or the backup schedule (administrator).</source>
        <translation>Modifier le délai de verrouillage pour inactivité, la politique de connexion ou la planification des sauvegardes (administrateur).</translation>
    </message>
    <message>
        <source>Existing folder for backups, e.g. on another drive or a network share (&quot;&quot;: the workspace&apos;s backups folder).</source>
        <translation>Dossier existant pour les sauvegardes, par exemple sur un autre disque ou un partage réseau («&#xa0;»&#xa0;: le dossier des sauvegardes de l&apos;espace de travail).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>on: the GUI backs up daily while it is open; off: only by hand.</source>
        <translation>on&#xa0;: l&apos;interface sauvegarde chaque jour tant qu&apos;elle est ouverte&#x202f;; off&#xa0;: seulement à la main.</translation>
    </message>
    <message>
        <source>on|off</source>
        <translation>on|off</translation>
    </message>
    <message>
        <source>How many backups a scheduled backup keeps in the folder.</source>
        <translation>Combien de sauvegardes une sauvegarde planifiée conserve dans le dossier.</translation>
    </message>
    <message>
        <source>Warn when the last good backup is older than N days.</source>
        <translation>Avertir quand la dernière bonne sauvegarde date de plus de N jours.</translation>
    </message>
    <message>
        <source>--backup-daily takes on or off.</source>
        <translation>--backup-daily accepte on ou off.</translation>
    </message>
    <message>
        <source>settings set needs at least one of --idle-lock-minutes, --max-failures, --lockout-minutes, --backup-folder, --backup-daily, --backup-keep, --backup-warn-days.</source>
        <translation>settings set demande au moins une des options --idle-lock-minutes, --max-failures, --lockout-minutes, --backup-folder, --backup-daily, --backup-keep, --backup-warn-days.</translation>
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
    <name>trialdesk::cli::SiteCommands</name>
    <message>
        <source>Add a recruiting site (administrator).</source>
        <translation>Ajouter un site de recrutement (administrateur).</translation>
    </message>
    <message>
        <source>2 to 8 capital letters or digits, starting with a letter.</source>
        <translation>2 à 8 lettres majuscules ou chiffres, en commençant par une lettre.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The site&apos;s name in French.</source>
        <translation>Le nom du site en français.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>The site&apos;s name in English.</source>
        <translation>Le nom du site en anglais.</translation>
    </message>
    <message>
        <source>The site&apos;s IANA time zone, e.g. America/Toronto.</source>
        <translation>Le fuseau horaire IANA du site, p. ex. America/Toronto.</translation>
    </message>
    <message>
        <source>TZ</source>
        <translation>FUSEAU</translation>
    </message>
    <message>
        <source>Why the site is added (audited).</source>
        <translation>La raison de l&apos;ajout du site (consignée dans la piste de vérification).</translation>
    </message>
    <message>
        <source>site add needs --code CODE --name-fr TEXT --name-en TEXT --time-zone TZ --reason TEXT (--%1 is missing).</source>
        <translation>site add demande --code CODE --name-fr TEXTE --name-en TEXTE --time-zone FUSEAU --reason TEXTE (--%1 est absent).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known IANA time zone. Give one such as America/Toronto, America/Montreal or Europe/Paris.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un fuseau horaire IANA connu. Indiquez-en un comme America/Toronto, America/Montreal ou Europe/Paris.</translation>
    </message>
    <message>
        <source>Site %1 added.</source>
        <translation>Site %1 ajouté.</translation>
    </message>
    <message>
        <source>List the recruiting sites.</source>
        <translation>Lister les sites de recrutement.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher en JSON.</translation>
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
    <message>
        <source>Set an administrator&apos;s new password with the recovery code (code, then new password, on standard input).</source>
        <translation>Donner un nouveau mot de passe à un administrateur avec le code de récupération (le code, puis le nouveau mot de passe, sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>password recover needs --workspace DIR --user ADMIN --password-stdin, with the recovery code on the first line of standard input and the new password on the second.</source>
        <translation>password recover demande --workspace DIR --user ADMIN --password-stdin, avec le code de récupération sur la première ligne de l&apos;entrée standard et le nouveau mot de passe sur la deuxième.</translation>
    </message>
    <message>
        <source>give the recovery code on the first line of standard input and the new password on the second.</source>
        <translation>donnez le code de récupération sur la première ligne de l&apos;entrée standard et le nouveau mot de passe sur la deuxième.</translation>
    </message>
    <message>
        <source>New password set for %1. The recovery code still works; rotate the key (key rotate) if it may have been seen.</source>
        <translation>Nouveau mot de passe défini pour %1. Le code de récupération fonctionne toujours&#x202f;; changez la clé (key rotate) s&apos;il a pu être vu.</translation>
    </message>
    <message>
        <source>Hint: copies of %1&apos;s key slot in backups still open the trial with the current key. Run &quot;key rotate&quot; now to retire that key.</source>
        <translation>Conseil&#xa0;: les copies de l&apos;emplacement de clé de %1 dans les sauvegardes ouvrent toujours l&apos;essai avec la clé actuelle. Exécutez «&#xa0;key rotate&#xa0;» maintenant pour retirer cette clé.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsCompleteCommand</name>
    <message>
        <source>Record that a planned visit took place (a date outside its window is flagged); audited.</source>
        <translation>Consigner qu&apos;une visite prévue a eu lieu (une date hors fenêtre est signalée)&#x202f;; consigné dans la piste de vérification.</translation>
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
        <source>The visit code, e.g. M3.</source>
        <translation>Le code de la visite, p. ex. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day the visit took place (not in the future).</source>
        <translation>Le jour où la visite a eu lieu (pas dans le futur).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>visits complete needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD.</source>
        <translation>visits complete exige --participant ID_ÉTUDE --visit CODE --date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 recorded as completed on %3.</source>
        <translation>Visite %1 de %2 consignée comme réalisée le %3.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsDueCommand</name>
    <message>
        <source>List the planned visits of a site whose target date falls in a period, by date then study ID.</source>
        <translation>Lister les visites prévues d&apos;un site dont la date cible tombe dans une période, par date puis par identifiant d&apos;étude.</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>Le code du site, p. ex. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>First day of the period.</source>
        <translation>Premier jour de la période.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Last day of the period (included).</source>
        <translation>Dernier jour de la période (inclus).</translation>
    </message>
    <message>
        <source>Print JSON instead of a tab-separated table. Stable fields: site, from, to, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms). Dates are YYYY-MM-DD in the site&apos;s time zone.</source>
        <translation>Afficher en JSON plutôt qu&apos;en tableau séparé par des tabulations. Champs stables&#xa0;: site, from, to, count, visits (tableau de&#xa0;: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms). Les dates sont au format AAAA-MM-JJ, dans le fuseau horaire du site.</translation>
    </message>
    <message>
        <source>--%1 must be a date YYYY-MM-DD.</source>
        <translation>--%1 doit être une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>visits due needs --site CODE --from YYYY-MM-DD --to YYYY-MM-DD.</source>
        <translation>visits due exige --site CODE --from AAAA-MM-JJ --to AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsExportIcsCommand</name>
    <message>
        <source>Write the planned visits of a site as an iCalendar file (RFC 5545): study IDs and visit codes only, no identifying data.</source>
        <translation>Écrire les visites prévues d&apos;un site dans un fichier iCalendar (RFC 5545)&#xa0;: identifiants d&apos;étude et codes de visite seulement, aucune donnée identificatoire.</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>Le code du site, p. ex. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The .ics file to write.</source>
        <translation>Le fichier .ics à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>visits export-ics needs --site CODE --output FILE.</source>
        <translation>visits export-ics exige --site CODE --output FICHIER.</translation>
    </message>
    <message>
        <source>%1 visits written to %2.</source>
        <translation>%1 visites écrites dans %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsMissCommand</name>
    <message>
        <source>Record that a planned visit was missed, with the reason; audited.</source>
        <translation>Consigner qu&apos;une visite prévue a été manquée, avec la raison&#x202f;; consigné dans la piste de vérification.</translation>
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
        <source>The visit code, e.g. M3.</source>
        <translation>Le code de la visite, p. ex. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Why the visit was missed.</source>
        <translation>Pourquoi la visite a été manquée.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>visits miss needs --participant STUDY_ID --visit CODE --reason TEXT.</source>
        <translation>visits miss exige --participant ID_ÉTUDE --visit CODE --reason TEXTE.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 recorded as missed.</source>
        <translation>Visite %1 de %2 consignée comme manquée.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsOverdueCommand</name>
    <message>
        <source>List every planned visit of a site whose target date is before a day (late or out of window).</source>
        <translation>Lister toutes les visites prévues d&apos;un site dont la date cible précède un jour donné (en retard ou hors fenêtre).</translation>
    </message>
    <message>
        <source>The site code, e.g. ICM.</source>
        <translation>Le code du site, p. ex. ICM.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The day to measure lateness from, usually today.</source>
        <translation>Le jour à partir duquel mesurer le retard, habituellement aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Print JSON instead of a tab-separated table. Stable fields: site, as_of, count, visits (array of: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms, days_late, window_ended). days_late: days from the target date to as_of; window_ended: true when the window closed before as_of.</source>
        <translation>Afficher en JSON plutôt qu&apos;en tableau séparé par des tabulations. Champs stables&#xa0;: site, as_of, count, visits (tableau de&#xa0;: study_id, site, visit, order, status, target_date, window_start, window_end, primary_outcome, forms, days_late, window_ended). days_late&#xa0;: nombre de jours entre la date cible et as_of&#x202f;; window_ended&#xa0;: true lorsque la fenêtre s&apos;est fermée avant as_of.</translation>
    </message>
    <message>
        <source>visits overdue needs --site CODE --as-of YYYY-MM-DD.</source>
        <translation>visits overdue exige --site CODE --as-of AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>trialdesk::cli::VisitsRescheduleCommand</name>
    <message>
        <source>Move a planned visit to another day (its window stays), with the reason; audited.</source>
        <translation>Déplacer une visite prévue à un autre jour (sa fenêtre reste la même), avec la raison&#x202f;; consigné dans la piste de vérification.</translation>
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
        <source>The visit code, e.g. M3.</source>
        <translation>Le code de la visite, p. ex. M3.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>The new day of the visit.</source>
        <translation>Le nouveau jour de la visite.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Why the visit moves.</source>
        <translation>La raison du déplacement de la visite.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>visits reschedule needs --participant STUDY_ID --visit CODE --date YYYY-MM-DD --reason TEXT.</source>
        <translation>visits reschedule exige --participant ID_ÉTUDE --visit CODE --date AAAA-MM-JJ --reason TEXTE.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 moved to %3.</source>
        <translation>Visite %1 de %2 déplacée au %3.</translation>
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
    <name>trialdesk::core::AuditCheckpoint</name>
    <message>
        <source>A checkpoint needs &quot;entries&quot; (a whole number) and &quot;head&quot; (64 lower-case hexadecimal digits).</source>
        <translation>Un point de contrôle exige «&#xa0;entries&#xa0;» (un nombre entier) et «&#xa0;head&#xa0;» (64 chiffres hexadécimaux minuscules).</translation>
    </message>
    <message>
        <source>The checkpoint file %1 does not exist. Give the file in which checkpoints were saved (audit checkpoint --output), or an export or backup manifest.</source>
        <translation>Le fichier de points de contrôle %1 n&apos;existe pas. Indiquez le fichier où les points de contrôle ont été enregistrés (audit checkpoint --output), ou un manifeste d&apos;exportation ou de sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot read the checkpoint file %1: %2.</source>
        <translation>Impossible de lire le fichier de points de contrôle %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a checkpoint file.</source>
        <translation>%1 est trop volumineux pour être un fichier de points de contrôle.</translation>
    </message>
    <message>
        <source>The &quot;audit_chain&quot; of %1 is not a checkpoint: %2</source>
        <translation>L&apos;objet «&#xa0;audit_chain&#xa0;» de %1 n&apos;est pas un point de contrôle&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is not a JSON object.</source>
        <translation>ce n&apos;est pas un objet JSON.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a checkpoint: %3 Give a file written by audit checkpoint, or an export or backup manifest.</source>
        <translation>La ligne %1 de %2 n&apos;est pas un point de contrôle&#xa0;: %3 Indiquez un fichier écrit par audit checkpoint, ou un manifeste d&apos;exportation ou de sauvegarde.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, ligne %2</translation>
    </message>
    <message>
        <source>%1 holds no checkpoint. Give a file written by audit checkpoint, or an export or backup manifest.</source>
        <translation>%1 ne contient aucun point de contrôle. Indiquez un fichier écrit par audit checkpoint, ou un manifeste d&apos;exportation ou de sauvegarde.</translation>
    </message>
    <message>
        <source>%1 exists and is not a checkpoint file: nothing was written. Give a new file or one written by audit checkpoint.</source>
        <translation>%1 existe et n&apos;est pas un fichier de points de contrôle&#xa0;: rien n&apos;a été écrit. Indiquez un nouveau fichier ou un fichier écrit par audit checkpoint.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::AuditService</name>
    <message>
        <source>The audit chain does not verify, so no checkpoint was saved: entry %1: %2</source>
        <translation>La chaîne de la piste de vérification n&apos;est pas intègre&#x202f;; aucun point de contrôle n&apos;a été enregistré&#xa0;: entrée %1&#xa0;: %2</translation>
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
    <message>
        <source>the checkpoint</source>
        <translation>le point de contrôle</translation>
    </message>
    <message>
        <source>the checkpoint of %1</source>
        <translation>le point de contrôle de %1</translation>
    </message>
    <message numerus="yes">
        <source>Audit entry %1 (%2) is dated before entry %3 (%4) by more than %n minute(s): the computer&apos;s clock was set back, or the entry was back-dated.</source>
        <translation>
            <numerusform>L&apos;entrée de vérification %1 (%2) est datée de plus de %n minute avant l&apos;entrée %3 (%4)&#xa0;: l&apos;horloge de l&apos;ordinateur a été reculée, ou l&apos;entrée a été antidatée.</numerusform>
            <numerusform>L&apos;entrée de vérification %1 (%2) est datée de plus de %n minutes avant l&apos;entrée %3 (%4)&#xa0;: l&apos;horloge de l&apos;ordinateur a été reculée, ou l&apos;entrée a été antidatée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit entry %1 no longer has the hash that %2 recorded: one of entries %3 to %1 was changed and the chain recomputed after that checkpoint, or the database was replaced by another copy.</source>
        <translation>L&apos;entrée de vérification %1 n&apos;a plus l&apos;empreinte qu&apos;a consignée %2&#xa0;: une des entrées %3 à %1 a été modifiée et la chaîne recalculée après ce point de contrôle, ou la base de données a été remplacée par une autre copie.</translation>
    </message>
    <message>
        <source>The audit chain is shorter than a checkpoint: it has %1 entries, but %2 recorded %3. Entries were removed after it, or an older copy of the database was restored.</source>
        <translation>La chaîne de la piste de vérification est plus courte qu&apos;un point de contrôle&#xa0;: elle compte %1 entrées, mais %2 en a consigné %3. Des entrées ont été supprimées depuis, ou une copie plus ancienne de la base de données a été restaurée.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::BackupService</name>
    <message>
        <source>Say why the backup is made (for example &quot;weekly&quot;).</source>
        <translation>Indiquez pourquoi la sauvegarde est faite (par exemple «&#xa0;hebdomadaire&#xa0;»).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Check the disk space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2: %3.</source>
        <translation>Impossible de copier %1 vers %2&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1. Check that the drive or the share is connected and that you may write there.</source>
        <translation>Impossible de créer le dossier de sauvegarde %1. Vérifiez que le disque ou le partage est connecté et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The backup&apos;s database is damaged (integrity check: %1). Do not restore it; make a new backup.</source>
        <translation>La base de données de la sauvegarde est endommagée (vérification d&apos;intégrité&#xa0;: %1). Ne la restaurez pas&#x202f;; faites une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>There is no folder %1 to back up into. Connect the drive or the network share, or create the folder, then try again.</source>
        <translation>Il n&apos;y a aucun dossier %1 où sauvegarder. Connectez le disque ou le partage réseau, ou créez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>%1 is not a TrialDesk backup (no %2 there). Give the backup&apos;s folder, as &quot;backup create&quot; printed it.</source>
        <translation>%1 n&apos;est pas une sauvegarde TrialDesk (aucun %2 à cet endroit). Indiquez le dossier de la sauvegarde, tel que «&#xa0;backup create&#xa0;» l&apos;a affiché.</translation>
    </message>
    <message>
        <source>Your password does not open this backup: a backup opens with the password you had when it was made (or with the recovery code of that time).</source>
        <translation>Votre mot de passe n&apos;ouvre pas cette sauvegarde&#xa0;: une sauvegarde s&apos;ouvre avec le mot de passe que vous aviez lorsqu&apos;elle a été faite (ou avec le code de récupération de ce moment-là).</translation>
    </message>
    <message>
        <source>The backup %1 has no key slot for %2: verify it as an administrator who had an account when it was made.</source>
        <translation>La sauvegarde %1 n&apos;a aucun emplacement de clé pour %2&#xa0;: vérifiez-la avec un compte administrateur qui existait lorsqu&apos;elle a été faite.</translation>
    </message>
    <message>
        <source>The backup&apos;s database cannot be read with its own key: it is damaged (%1). Do not restore it; make a new backup.</source>
        <translation>La base de données de la sauvegarde ne peut pas être lue avec sa propre clé&#xa0;: elle est endommagée (%1). Ne la restaurez pas&#x202f;; faites une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not verify: %1</source>
        <translation>La piste de vérification de la sauvegarde ne se vérifie pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>The backup has no manifest (%1): it was not finished, or was made by an older TrialDesk. Make a new backup.</source>
        <translation>La sauvegarde n&apos;a pas de manifeste (%1)&#xa0;: elle n&apos;a pas été terminée, ou a été faite par une version antérieure de TrialDesk. Faites une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail does not end where its manifest says (%1 entries now, %2 when the backup was made, or another last entry): the copy was changed since. Do not restore it.</source>
        <translation>La piste de vérification de la sauvegarde ne se termine pas là où son manifeste l&apos;indique (%1 entrées maintenant, %2 lorsque la sauvegarde a été faite, ou une autre dernière entrée)&#xa0;: la copie a été modifiée depuis. Ne la restaurez pas.</translation>
    </message>
    <message>
        <source>The live audit trail has only %1 entries, fewer than the backup&apos;s %2: the live trail was cut short or replaced since the backup. Compare them before restoring.</source>
        <translation>La piste de vérification en service ne compte que %1 entrées, moins que les %2 de la sauvegarde&#xa0;: elle a été tronquée ou remplacée depuis la sauvegarde. Comparez-les avant de restaurer.</translation>
    </message>
    <message>
        <source>The live audit trail diverged from the backup: its entry %1 differs from the backup&apos;s last entry. One of them was altered; run &quot;audit verify&quot; on the live trial and compare before restoring.</source>
        <translation>La piste de vérification en service s&apos;écarte de la sauvegarde&#xa0;: son entrée %1 diffère de la dernière entrée de la sauvegarde. L&apos;une des deux a été modifiée&#x202f;; exécutez «&#xa0;audit verify&#xa0;» sur l&apos;essai en service et comparez avant de restaurer.</translation>
    </message>
    <message>
        <source>scheduled daily backup</source>
        <translation>sauvegarde quotidienne planifiée</translation>
    </message>
    <message numerus="yes">
        <source>keep the last %n backup(s)</source>
        <translation>
            <numerusform>conserver %n sauvegarde, la plus récente</numerusform>
            <numerusform>conserver les %n dernières sauvegardes</numerusform>
        </translation>
    </message>
    <message>
        <source>A trial server is backed up on the server, with PostgreSQL&apos;s own tools (pg_basebackup and its write-ahead log archive, or pg_dump): see docs/server.md.</source>
        <translation>Un serveur d&apos;essai se sauvegarde sur le serveur, avec les outils de PostgreSQL (pg_basebackup et l&apos;archive de son journal de transactions, ou pg_dump)&#xa0;: voyez docs/server.md.</translation>
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
        <source>The demo protocol has no site or no current consent form.</source>
        <translation>Le protocole de démonstration n&apos;a aucun site ou aucun formulaire de consentement en vigueur.</translation>
    </message>
    <message>
        <source>The demo account %1 could not sign in (%2): this demo trial is incomplete.</source>
        <translation>Le compte de démonstration %1 n&apos;a pas pu se connecter (%2)&#xa0;: cet essai de démonstration est incomplet.</translation>
    </message>
    <message>
        <source>The demo trial lacks its coordinator, investigator or assessor account.</source>
        <translation>Il manque à l&apos;essai de démonstration son compte de coordonnateur, d&apos;investigateur ou d&apos;évaluateur.</translation>
    </message>
    <message>
        <source>Demo form %1 of %2: %3</source>
        <translation>Formulaire de démonstration %1 de %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Demo visit %1 of %2: %3</source>
        <translation>Visite de démonstration %1 de %2&#xa0;: %3</translation>
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
        <source>On a trial server the seed never leaves the server: it cannot be shown, nor the allocation list computed, on a workstation.</source>
        <translation>Sur un serveur d&apos;essai, le germe ne quitte jamais le serveur&#xa0;: il ne peut pas être affiché, ni la liste de répartition calculée, sur un poste de travail.</translation>
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
    <message>
        <source>change the randomization design</source>
        <translation>modifier le plan de randomisation</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ElectronicSignature</name>
    <message>
        <source>I confirm eligibility and consent</source>
        <translation>Je confirme l&apos;admissibilité et le consentement</translation>
    </message>
    <message>
        <source>I confirm the randomization was in error</source>
        <translation>Je confirme que la randomisation était une erreur</translation>
    </message>
    <message>
        <source>%1 (%2), %3 UTC: %4</source>
        <extracomment>Electronic signature: printed name (user name), date and time in UTC: meaning</extracomment>
        <translation>%1 (%2), %3 UTC&#xa0;: %4</translation>
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
    <name>trialdesk::core::FormDataService</name>
    <message>
        <source>Your role (%1) may not read form data. Ask the administrator if you need access.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à lire les données des formulaires. Adressez-vous à l&apos;administrateur si vous avez besoin d&apos;y accéder.</translation>
    </message>
    <message>
        <source>There is no form entry %1. Check the entry number.</source>
        <translation>Il n&apos;y a aucune saisie de formulaire %1. Vérifiez le numéro de la saisie.</translation>
    </message>
    <message>
        <source>There is no form %1. Check the form code (e.g. PHQ9).</source>
        <translation>Il n&apos;y a aucun formulaire %1. Vérifiez le code du formulaire (p. ex. PHQ9).</translation>
    </message>
    <message>
        <source>Participant %1 has no visit %2. Check the visit code (e.g. M3).</source>
        <translation>Le participant %1 n&apos;a aucune visite %2. Vérifiez le code de la visite (p. ex. M3).</translation>
    </message>
    <message>
        <source>There is no data query %1. Check the query number.</source>
        <translation>Il n&apos;y a aucune demande de clarification %1. Vérifiez le numéro de la demande de clarification.</translation>
    </message>
    <message>
        <source>Form %1 of participant %2 is not started.</source>
        <translation>Le formulaire %1 du participant %2 n&apos;est pas commencé.</translation>
    </message>
    <message>
        <source>Form %1 of participant %2 at visit %3 is not started.</source>
        <translation>Le formulaire %1 du participant %2 à la visite %3 n&apos;est pas commencé.</translation>
    </message>
    <message>
        <source>form %1 version %2 in the workspace</source>
        <translation>formulaire %1 version %2 dans l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The stored definition of form %1 version %2 cannot be read: %3 Restore the workspace from a backup.</source>
        <translation>La définition enregistrée du formulaire %1 version %2 est illisible&#xa0;: %3 Restaurez l&apos;espace de travail à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>There is no version %2 of form %1 in this workspace.</source>
        <translation>Il n&apos;y a aucune version %2 du formulaire %1 dans cet espace de travail.</translation>
    </message>
    <message>
        <source>Protocol version %1 is missing from the workspace. Restore it from a backup.</source>
        <translation>La version %1 du protocole est absente de l&apos;espace de travail. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>protocol version %1 in the database</source>
        <translation>version %1 du protocole dans la base de données</translation>
    </message>
    <message>
        <source>The trial has no protocol: the database is incomplete. Restore it from a backup.</source>
        <translation>L&apos;essai n&apos;a aucun protocole&#xa0;: la base de données est incomplète. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Form entry %1 has an unknown state &quot;%2&quot;.</source>
        <translation>La saisie de formulaire %1 a un état inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized yet: forms are entered from randomization on.</source>
        <translation>Le participant %1 n&apos;est pas encore randomisé&#xa0;: les formulaires sont saisis à partir de la randomisation.</translation>
    </message>
    <message>
        <source>Participant %1 was randomized in error: no data are collected.</source>
        <translation>Le participant %1 a été randomisé par erreur&#xa0;: aucune donnée n&apos;est recueillie.</translation>
    </message>
    <message>
        <source>Participant %1 withdrew consent to the use of their data: no data may be entered.</source>
        <translation>Le participant %1 a retiré son consentement à l&apos;utilisation de ses données&#xa0;: aucune donnée ne peut être saisie.</translation>
    </message>
    <message>
        <source>Form %1 cannot be completed:</source>
        <translation>Le formulaire %1 ne peut pas être marqué comme complet&#xa0;:</translation>
    </message>
    <message>
        <source>Form %1 cannot be saved:</source>
        <translation>Le formulaire %1 ne peut pas être enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Form %1 of %2 is locked: ask a monitor or the administrator to unlock it first.</source>
        <translation>Le formulaire %1 de %2 est verrouillé&#xa0;: demandez d&apos;abord à un moniteur ou à l&apos;administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is complete: give the reason for the change.</source>
        <translation>Le formulaire %1 de %2 est complet&#xa0;: indiquez la raison de la modification.</translation>
    </message>
    <message>
        <source>Nothing changed in form %1 of %2.</source>
        <translation>Rien n&apos;a changé dans le formulaire %1 de %2.</translation>
    </message>
    <message>
        <source>Visit %1 of %2 is %3: no form can be entered for it.</source>
        <translation>La visite %1 de %2 est %3&#xa0;: aucun formulaire ne peut y être saisi.</translation>
    </message>
    <message>
        <source>Form %1 is not expected at visit %2.</source>
        <translation>Le formulaire %1 n&apos;est pas attendu à la visite %2.</translation>
    </message>
    <message>
        <source>Form %1 is entered once at visit %2.</source>
        <translation>Le formulaire %1 n&apos;est saisi qu&apos;une fois à la visite %2.</translation>
    </message>
    <message>
        <source>Form %1 is entered at a visit: name the visit.</source>
        <translation>Le formulaire %1 se saisit à une visite&#xa0;: précisez la visite.</translation>
    </message>
    <message>
        <source>Form %1 of %2 has no instance %3: the next one is %4.</source>
        <translation>Le formulaire %1 de %2 n&apos;a pas d&apos;occurrence %3&#xa0;: la suivante est l&apos;occurrence %4.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already complete: edit it and give the reason for the change.</source>
        <translation>Le formulaire %1 de %2 est déjà complet&#xa0;: modifiez-le en indiquant la raison de la modification.</translation>
    </message>
    <message>
        <source>Data query %1 has an unknown status &quot;%2&quot;.</source>
        <translation>La demande de clarification %1 a un statut inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Data query %1 is closed: raise a new query if the question remains.</source>
        <translation>La demande de clarification %1 est fermée&#xa0;: ouvrez une nouvelle demande de clarification si la question demeure.</translation>
    </message>
    <message>
        <source>Form %1 version %2 in this workspace differs from the bundled one: a changed form needs a new version number.</source>
        <translation>Le formulaire %1 version %2 de cet espace de travail diffère de celui fourni avec le logiciel&#xa0;: un formulaire modifié exige un nouveau numéro de version.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already verified.</source>
        <translation>Le formulaire %1 de %2 est déjà vérifié.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is a draft: it can be verified once complete.</source>
        <translation>Le formulaire %1 de %2 est un brouillon&#xa0;: il pourra être vérifié une fois complet.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is already locked.</source>
        <translation>Le formulaire %1 de %2 est déjà verrouillé.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is a draft: it can be locked once complete.</source>
        <translation>Le formulaire %1 de %2 est un brouillon&#xa0;: il pourra être verrouillé une fois complet.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is not locked.</source>
        <translation>Le formulaire %1 de %2 n&apos;est pas verrouillé.</translation>
    </message>
    <message>
        <source>Give the reason for unlocking form %1 of %2.</source>
        <translation>Indiquez la raison du déverrouillage du formulaire %1 de %2.</translation>
    </message>
    <message>
        <source>Form %1 of %2 is still a draft: raise queries once it is complete.</source>
        <translation>Le formulaire %1 de %2 est encore un brouillon&#xa0;: ouvrez des demandes de clarification une fois qu&apos;il sera complet.</translation>
    </message>
    <message>
        <source>Form %1 has no item &quot;%2&quot;.</source>
        <translation>Le formulaire %1 n&apos;a aucun élément «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Write the question for the site.</source>
        <translation>Écrivez la question pour le site.</translation>
    </message>
    <message>
        <source>Data query %1 is already answered: the monitor reviews the answer.</source>
        <translation>La demande de clarification %1 a déjà une réponse&#xa0;: le moniteur examine la réponse.</translation>
    </message>
    <message>
        <source>Write the answer to the query.</source>
        <translation>Écrivez la réponse à la demande de clarification.</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Indiquez la raison de la correction.</translation>
    </message>
    <message>
        <source>Data query %1 is already closed.</source>
        <translation>La demande de clarification %1 est déjà fermée.</translation>
    </message>
    <message>
        <source>Write a note on how the query was resolved.</source>
        <translation>Écrivez une note sur la façon dont la demande de clarification a été résolue.</translation>
    </message>
    <message>
        <source>Form %1 of %2 has no data query %3: see query list --entry %4.</source>
        <translation>Le formulaire %1 de %2 n&apos;a pas de demande de clarification %3&#xa0;: voir query list --entry %4.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::FormEntry</name>
    <message>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::KeyService</name>
    <message>
        <source>A reason is required to rotate the database key.</source>
        <translation>Une raison est obligatoire pour changer la clé de la base de données.</translation>
    </message>
    <message>
        <source>Could not remove the folder %1. Check its permissions, then remove it by hand: it holds no key in force.</source>
        <translation>Impossible de supprimer le dossier %1. Vérifiez ses permissions, puis supprimez-le à la main&#xa0;: il ne contient aucune clé en vigueur.</translation>
    </message>
    <message>
        <source>The previous key rotation is not finished: its new recovery code was not confirmed as shown. Sign out and sign in again to finish it, then rotate the key.</source>
        <translation>Le changement de clé précédent n&apos;est pas terminé&#xa0;: l&apos;affichage de son nouveau code de récupération n&apos;a pas été confirmé. Déconnectez-vous et reconnectez-vous pour le terminer, puis changez la clé.</translation>
    </message>
    <message>
        <source>Cannot create %1. Check the workspace folder&apos;s permissions and the disk space.</source>
        <translation>Impossible de créer %1. Vérifiez les permissions du dossier de l&apos;espace de travail et l&apos;espace disque.</translation>
    </message>
    <message>
        <source>%1 Neither the old nor the new key could be tested on the database. Do not delete the folder %2: signing in again finds the key in force and finishes or undoes the rotation.</source>
        <translation>%1 Ni l&apos;ancienne ni la nouvelle clé n&apos;ont pu être essayées sur la base de données. Ne supprimez pas le dossier %2&#xa0;: une nouvelle connexion trouvera la clé en vigueur et terminera ou annulera le changement de clé.</translation>
    </message>
    <message>
        <source>The database key was changed but the rotation could not be completed: %1 Sign out and sign in again: that finishes it and shows a new recovery code. Do not delete the folder %2.</source>
        <translation>La clé de la base de données a été changée, mais le changement n&apos;a pas pu être terminé&#xa0;: %1 Déconnectez-vous et reconnectez-vous&#xa0;: cela le terminera et affichera un nouveau code de récupération. Ne supprimez pas le dossier %2.</translation>
    </message>
    <message>
        <source>A trial server has no database key of TrialDesk&apos;s to rotate: each user signs in with their own server password, and the server&apos;s disks are encrypted by its operating system (docs/server.md).</source>
        <translation>Un serveur d&apos;essai n&apos;a pas de clé de base de données TrialDesk à renouveler&#xa0;: chaque utilisateur se connecte avec son propre mot de passe du serveur, et les disques du serveur sont chiffrés par son système d&apos;exploitation (docs/server.md).</translation>
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
    <name>trialdesk::core::PrivateFile</name>
    <message>
        <source>Could not create %1: %2. Nothing was written; choose another name or folder.</source>
        <translation>Impossible de créer %1&#xa0;: %2. Rien n&apos;a été écrit&#x202f;; choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <source>Could not create %1: something with that name already exists (a file, a folder or a link). Nothing was written; choose another name.</source>
        <translation>Impossible de créer %1&#xa0;: un élément porte déjà ce nom (un fichier, un dossier ou un lien). Rien n&apos;a été écrit&#x202f;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Nothing was written; check the folder and try again.</source>
        <translation>Impossible de créer %1&#xa0;: %2. Rien n&apos;a été écrit&#x202f;; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the disk space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not flush %1 to the disk. Check the disk and try again.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not flush %1 to the disk: %2. Check the disk and try again.</source>
        <translation>Impossible d&apos;écrire %1 sur le disque&#xa0;: %2. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not open the folder %1 to flush it: %2. Check the folder and try again.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1 pour l&apos;écrire sur le disque&#xa0;: %2. Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Could not flush the folder %1 to the disk: %2. Check the disk and try again.</source>
        <translation>Impossible d&apos;écrire le dossier %1 sur le disque&#xa0;: %2. Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not put %1 in place. Nothing was changed; check the folder and try again.</source>
        <translation>Impossible de mettre %1 en place. Rien n&apos;a été modifié&#x202f;; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Could not put %1 in place: %2. Nothing was changed; check the folder and try again.</source>
        <translation>Impossible de mettre %1 en place&#xa0;: %2. Rien n&apos;a été modifié&#x202f;; vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>%1 is a folder: give the name of a file to write.</source>
        <translation>%1 est un dossier&#xa0;: donnez le nom d&apos;un fichier à écrire.</translation>
    </message>
    <message>
        <source>Could not create a temporary file beside %1. Check the folder and try again.</source>
        <translation>Impossible de créer un fichier temporaire à côté de %1. Vérifiez le dossier et réessayez.</translation>
    </message>
    <message>
        <source>Could not write %1: the file was not opened.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Nothing was written; check the disk space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été écrit&#x202f;; vérifiez l&apos;espace disque et réessayez.</translation>
    </message>
    <message>
        <source>Could not write %1: the folder %2 does not exist. Create it or choose another folder.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: le dossier %2 n&apos;existe pas. Créez-le ou choisissez un autre dossier.</translation>
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
    <message>
        <source>must be &quot;randomization&quot; or the code of an earlier visit, not &quot;%1&quot;</source>
        <translation>doit être «&#xa0;randomization&#xa0;» ou le code d&apos;une visite antérieure, et non «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an arm of the protocol</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un bras du protocole</translation>
    </message>
    <message>
        <source>%1 months is longer than the %2 a recruitment period may last</source>
        <translation>%1&#xa0;mois dépasse les %2&#xa0;mois que peut durer une période de recrutement</translation>
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
        <source>The seed gives arm %1 at stratum %2, sequence %3; the log says %4.</source>
        <translation>Le germe donne le bras %1 à la strate %2, séquence %3&#x202f;; le registre indique %4.</translation>
    </message>
    <message>
        <source>The block recorded (block %1, size %2, position %3) is not the stream&apos;s (block %4, size %5, position %6).</source>
        <translation>Le bloc consigné (bloc %1, taille %2, position %3) n&apos;est pas celui du flux (bloc %4, taille %5, position %6).</translation>
    </message>
    <message>
        <source>Could not write the randomization log to %1 (%2). Check the disk and try again.</source>
        <translation>Impossible d&apos;écrire le registre de randomisation dans %1 (%2). Vérifiez le disque et réessayez.</translation>
    </message>
    <message>
        <source>Design version %1 is not a valid blocks design (%2): the entry cannot be checked.</source>
        <translation>La version %1 du plan n&apos;est pas un plan par blocs valide (%2)&#xa0;: l&apos;entrée ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>its method is minimization</source>
        <translation>sa méthode est la minimisation</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 of the stream lineage of design version %3 was allocated more than once: this participant received an allocation already handed out.</source>
        <translation>La strate %1, séquence %2 de la lignée de séquences de la version %3 du plan a été attribuée plus d&apos;une fois&#xa0;: ce participant a reçu une attribution déjà donnée.</translation>
    </message>
    <message>
        <source>the seed</source>
        <translation>le germe</translation>
    </message>
    <message>
        <source>the arms or their weights</source>
        <translation>les bras ou leurs poids</translation>
    </message>
    <message>
        <source>the block multiples</source>
        <translation>les multiples de bloc</translation>
    </message>
    <message>
        <source>the method</source>
        <translation>la méthode</translation>
    </message>
    <message>
        <source>Design version %1 does not exist: the entry cannot be checked.</source>
        <translation>La version %1 du plan n&apos;existe pas&#xa0;: l&apos;entrée ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>Design version %1 changed %2: it starts new streams, and every stratum&apos;s sequence starts again at 1.</source>
        <translation>La version %1 du plan a changé %2&#xa0;: elle commence de nouvelles séquences, et la séquence de chaque strate recommence à 1.</translation>
    </message>
    <message>
        <source>Stratum %1, sequence %2 is not a position of the design&apos;s stream: the entry cannot be checked.</source>
        <translation>La strate %1, séquence %2, n&apos;est pas une position de la séquence du plan&#xa0;: l&apos;entrée ne peut pas être vérifiée.</translation>
    </message>
    <message>
        <source>check the randomization log</source>
        <translation>vérifier le registre de randomisation</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::RandomizationService</name>
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
    <message>
        <source>Participant %1 has no randomization to plan visits from.</source>
        <translation>Le participant %1 n&apos;a aucune randomisation à partir de laquelle planifier les visites.</translation>
    </message>
    <message>
        <source>The randomization design history does not contain the current version %1: the database is damaged. Restore it from a backup.</source>
        <translation>L&apos;historique du plan de randomisation ne contient pas la version courante %1&#xa0;: la base de données est endommagée. Restaurez-la à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>Could not read the stratum&apos;s last allocation.</source>
        <translation>Impossible de lire la dernière attribution de la strate.</translation>
    </message>
    <message>
        <source>A randomization needs your own electronic signature confirming eligibility and consent.</source>
        <translation>Une randomisation exige votre propre signature électronique confirmant l&apos;admissibilité et le consentement.</translation>
    </message>
    <message>
        <source>randomize participants</source>
        <translation>répartir des participants au hasard</translation>
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
    <name>trialdesk::core::ServerAccounts</name>
    <message>
        <source>Accounts on a trial server need an open server connection.</source>
        <translation>La gestion des comptes d&apos;un serveur d&apos;essai exige une connexion ouverte au serveur.</translation>
    </message>
    <message>
        <source>A reason is required to change existing data.</source>
        <translation>Une raison est obligatoire pour modifier des données existantes.</translation>
    </message>
    <message>
        <source>Could not prepare the password for the server (%1).</source>
        <translation>Impossible de préparer le mot de passe pour le serveur (%1).</translation>
    </message>
    <message>
        <source>change this trial&apos;s accounts</source>
        <translation>modifier les comptes de cet essai</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ServerAddress</name>
    <message>
        <source>Give the trial server as a connection string, for example &quot;host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt&quot;.</source>
        <translation>Indiquez le serveur de l&apos;essai par une chaîne de connexion, par exemple «&#xa0;host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/chemin/vers/ca.crt&#xa0;».</translation>
    </message>
    <message>
        <source>Give the trial server as keyword=value pairs (host=... dbname=...), not as a URI.</source>
        <translation>Indiquez le serveur de l&apos;essai par des paires mot-clé=valeur (host=... dbname=...), pas par une URI.</translation>
    </message>
    <message>
        <source>The trial server&apos;s connection string cannot be read: %1</source>
        <translation>La chaîne de connexion du serveur d&apos;essai est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The connection string must not hold a password (%1): each user types their own when signing in.</source>
        <translation>La chaîne de connexion ne doit contenir aucun mot de passe (%1)&#xa0;: chaque utilisateur tape le sien en se connectant.</translation>
    </message>
    <message>
        <source>The value of %1 in the connection string contains &quot;;&quot;, which TrialDesk cannot pass on. Move the file or rename it.</source>
        <translation>La valeur de %1 dans la chaîne de connexion contient «&#xa0;;&#xa0;», que TrialDesk ne peut pas transmettre. Déplacez ou renommez le fichier.</translation>
    </message>
    <message>
        <source>The connection string needs the trial&apos;s database: add dbname=NAME.</source>
        <translation>La chaîne de connexion doit nommer la base de données de l&apos;essai&#xa0;: ajoutez dbname=NOM.</translation>
    </message>
    <message>
        <source>Connections to a trial server must check its certificate: add sslmode=verify-full and sslrootcert=FILE (the certificate authority that signed the server&apos;s certificate), or connect through a local socket (host=/path).</source>
        <translation>Les connexions à un serveur d&apos;essai doivent vérifier son certificat&#xa0;: ajoutez sslmode=verify-full et sslrootcert=FICHIER (l&apos;autorité de certification qui a signé le certificat du serveur), ou connectez-vous par un socket local (host=/chemin).</translation>
    </message>
    <message>
        <source>The connection string needs the server: add host=NAME.</source>
        <translation>La chaîne de connexion doit nommer le serveur&#xa0;: ajoutez host=NOM.</translation>
    </message>
    <message>
        <source>The trial server refused the user name or password, or the account is deactivated (server: %1).</source>
        <translation>Le serveur d&apos;essai a refusé le nom d&apos;utilisateur ou le mot de passe, ou le compte est désactivé (serveur&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Cannot reach the trial server %1: %2. Check the network and the server&apos;s address, then try again.</source>
        <translation>Impossible de joindre le serveur d&apos;essai %1&#xa0;: %2. Vérifiez le réseau et l&apos;adresse du serveur, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::ServerRefusal</name>
    <message>
        <source>The trial server does not let you %1: %2.</source>
        <translation>Le serveur d&apos;essai ne vous permet pas de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trial server refused to %1: %2.</source>
        <translation>Le serveur d&apos;essai a refusé de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trial server cannot %1: %2.</source>
        <translation>Le serveur d&apos;essai ne peut pas %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>The trial server found the trial&apos;s data inconsistent and did not %1: %2. Nothing was changed; tell the trial&apos;s data manager.</source>
        <translation>Le serveur d&apos;essai a trouvé les données de l&apos;essai incohérentes et n&apos;a pas pu %1&#xa0;: %2. Rien n&apos;a été modifié&#x202f;; avisez le gestionnaire des données de l&apos;essai.</translation>
    </message>
    <message>
        <source>The trial server could not %1 (%2). Nothing was changed; check the connection and try again.</source>
        <translation>Le serveur d&apos;essai n&apos;a pas pu %1 (%2). Rien n&apos;a été modifié&#x202f;; vérifiez la connexion et réessayez.</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost (%1). Nothing more was changed: try again when the server answers.</source>
        <translation>La connexion au serveur d&apos;essai a été perdue (%1). Rien d&apos;autre n&apos;a été modifié&#xa0;: réessayez quand le serveur répondra.</translation>
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
    <message>
        <source>The backup folder must be a full path (for example /media/backup/trial or //server/share/trial), not %1.</source>
        <translation>Le dossier des sauvegardes doit être un chemin complet (par exemple /media/sauvegarde/essai ou //serveur/partage/essai), pas %1.</translation>
    </message>
    <message>
        <source>There is no folder %1. Connect the drive or the network share, or create the folder, then try again.</source>
        <translation>Il n&apos;y a aucun dossier %1. Connectez le disque ou le partage réseau, ou créez le dossier, puis réessayez.</translation>
    </message>
    <message>
        <source>You may not write into %1. Choose a folder you may write into.</source>
        <translation>Vous ne pouvez pas écrire dans %1. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Keep from %1 to %2 backups.</source>
        <translation>Conservez de %1 à %2 sauvegardes.</translation>
    </message>
    <message>
        <source>Warn when the last backup is %1 to %2 days old.</source>
        <translation>Avertissez quand la dernière sauvegarde date de %1 à %2 jours.</translation>
    </message>
    <message>
        <source>The backup schedule is already set this way.</source>
        <translation>La planification des sauvegardes est déjà réglée ainsi.</translation>
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
    <message>
        <source>Could not set the size of the page cache.</source>
        <translation>Impossible de régler la taille du cache de pages.</translation>
    </message>
    <message>
        <source>The database key was changed but the database could not be read back with it; check which key opens the file.</source>
        <translation>La clé de la base de données a été changée, mais la base de données n&apos;a pas pu être relue avec elle&#x202f;; vérifiez quelle clé ouvre le fichier.</translation>
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
    <message>
        <source>The trial server did not confirm the change (%1): it may or may not have been recorded. Look before you try again.</source>
        <translation>Le serveur d&apos;essai n&apos;a pas confirmé la modification (%1)&#xa0;: elle a peut-être été enregistrée, ou non. Vérifiez avant de réessayer.</translation>
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
    <message>
        <source>Wrong password.</source>
        <translation>Mot de passe erroné.</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own before you can %1.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe&#xa0;: choisissez le vôtre avant de pouvoir %1.</translation>
    </message>
    <message>
        <source>sign electronically</source>
        <translation>signer électroniquement</translation>
    </message>
    <message>
        <source>Your key slot does not open this trial&apos;s database: it was replaced or is left from an old key. Ask the administrator to reset your password.</source>
        <translation>Votre emplacement de clé n&apos;ouvre pas la base de données de cet essai&#xa0;: il a été remplacé ou provient d&apos;une ancienne clé. Demandez à l&apos;administrateur de réinitialiser votre mot de passe.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Too many attempts: try again in %n minute(s).</source>
        <translation>
            <numerusform>%1 Trop de tentatives&#xa0;: réessayez dans %n minute.</numerusform>
            <numerusform>%1 Trop de tentatives&#xa0;: réessayez dans %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A local workspace has no connection to a trial server to open again.</source>
        <translation>Un espace de travail local n&apos;a pas de connexion à un serveur de l&apos;essai à rouvrir.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::UserService</name>
    <message>
        <source>There is no user %1.</source>
        <translation>Il n&apos;y a aucun utilisateur %1.</translation>
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
    <name>trialdesk::core::Visit</name>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Réalisée</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::VisitService</name>
    <message>
        <source>Could not read or write the visits</source>
        <translation>Impossible de lire ou d&apos;écrire les visites</translation>
    </message>
    <message>
        <source>There is no site &quot;%1&quot;: give the code of one of the trial&apos;s sites.</source>
        <translation>Il n&apos;y a aucun site «&#xa0;%1&#xa0;»&#xa0;: indiquez le code de l&apos;un des sites de l&apos;essai.</translation>
    </message>
    <message>
        <source>Protocol version %1, which planned some visits, is missing from the database. Restore the workspace from a backup.</source>
        <translation>La version %1 du protocole, qui a servi à planifier des visites, est absente de la base de données. Restaurez l&apos;espace de travail à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>protocol version %1</source>
        <translation>version %1 du protocole</translation>
    </message>
    <message>
        <source>Participant %1 has no visit &quot;%2&quot;: check the visit code in their timeline.</source>
        <translation>Le participant %1 n&apos;a aucune visite «&#xa0;%2&#xa0;»&#xa0;: vérifiez le code de la visite dans sa chronologie.</translation>
    </message>
    <message>
        <source>The participant is not randomized: they have no visits.</source>
        <translation>Le participant n&apos;est pas randomisé&#xa0;: il n&apos;a aucune visite.</translation>
    </message>
    <message>
        <source>The randomization date is not a valid date.</source>
        <translation>La date de randomisation n&apos;est pas une date valide.</translation>
    </message>
    <message>
        <source>The participant to plan visits for does not exist.</source>
        <translation>Le participant pour qui planifier les visites n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Give a period of valid dates whose end is not before its start.</source>
        <translation>Indiquez une période de dates valides dont la fin ne précède pas le début.</translation>
    </message>
    <message>
        <source>Give a valid date for the overdue list.</source>
        <translation>Indiquez une date valide pour la liste des visites en retard.</translation>
    </message>
    <message>
        <source>A page starts at 0 or later and holds 1 to %1 rows.</source>
        <translation>Une page commence à la position 0 ou après et contient de 1 à %1 lignes.</translation>
    </message>
    <message>
        <source>Give a valid date for the today view.</source>
        <translation>Indiquez une date valide pour la vue du jour.</translation>
    </message>
    <message>
        <source>Give the day the visit took place (YYYY-MM-DD).</source>
        <translation>Indiquez le jour où la visite a eu lieu (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Visit %1 was already completed on %2: a visit is completed once.</source>
        <translation>La visite %1 a déjà été réalisée le %2&#xa0;: une visite n&apos;est réalisée qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Visit %1 was recorded as missed (%2): it cannot be completed.</source>
        <translation>La visite %1 a été consignée comme manquée (%2)&#xa0;: elle ne peut pas être réalisée.</translation>
    </message>
    <message>
        <source>Visit %1 was cancelled (%2): the participant is no longer followed.</source>
        <translation>La visite %1 a été annulée (%2)&#xa0;: le participant n&apos;est plus suivi.</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future (today is %2 at the site): record a visit once it has taken place.</source>
        <translation>La date de visite %1 est dans le futur (nous sommes le %2 au site)&#xa0;: consignez une visite une fois qu&apos;elle a eu lieu.</translation>
    </message>
    <message>
        <source>The visit date %1 is before participant %2 was randomized (%3).</source>
        <translation>La date de visite %1 précède la randomisation du participant %2 (%3).</translation>
    </message>
    <message>
        <source>completed outside the window %1 to %2</source>
        <translation>réalisée hors fenêtre (du %1 au %2)</translation>
    </message>
    <message>
        <source>visit %1 completed on %2</source>
        <translation>visite %1 réalisée le %2</translation>
    </message>
    <message>
        <source>Say why the visit was missed: a reason is required.</source>
        <translation>Indiquez pourquoi la visite a été manquée&#xa0;: une raison est obligatoire.</translation>
    </message>
    <message>
        <source>Visit %1 is &quot;%2&quot;: only a planned visit can be recorded as missed.</source>
        <translation>La visite %1 est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: seule une visite prévue peut être consignée comme manquée.</translation>
    </message>
    <message>
        <source>Say why the visit is rescheduled: a reason is required.</source>
        <translation>Indiquez pourquoi la visite est reportée&#xa0;: une raison est obligatoire.</translation>
    </message>
    <message>
        <source>Give the new date of the visit (YYYY-MM-DD).</source>
        <translation>Indiquez la nouvelle date de la visite (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Visit %1 is &quot;%2&quot;: only a planned visit can be rescheduled.</source>
        <translation>La visite %1 est à l&apos;état «&#xa0;%2&#xa0;»&#xa0;: seule une visite prévue peut être reportée.</translation>
    </message>
    <message>
        <source>Visit %1 is already planned on %2: give another date.</source>
        <translation>La visite %1 est déjà prévue le %2&#xa0;: indiquez une autre date.</translation>
    </message>
    <message>
        <source>The new date %1 is before participant %2 was randomized (%3).</source>
        <translation>La nouvelle date %1 précède la randomisation du participant %2 (%3).</translation>
    </message>
    <message>
        <source>Say why the new schedule is applied to these participants: a reason is required.</source>
        <translation>Indiquez pourquoi le nouveau calendrier est appliqué à ces participants&#xa0;: une raison est obligatoire.</translation>
    </message>
    <message>
        <source>Choose the participants to apply the schedule to.</source>
        <translation>Choisissez les participants auxquels appliquer le calendrier.</translation>
    </message>
    <message>
        <source>Participant %1 is not randomized: they have no schedule to change.</source>
        <translation>Le participant %1 n&apos;est pas randomisé&#xa0;: il n&apos;a aucun calendrier à modifier.</translation>
    </message>
    <message>
        <source>Window: %1 to %2</source>
        <translation>Fenêtre&#xa0;: du %1 au %2</translation>
    </message>
    <message>
        <source>The trial&apos;s calendar key is damaged. Restore the database from a backup.</source>
        <translation>La clé de calendrier de l&apos;essai est endommagée. Restaurez la base de données à partir d&apos;une sauvegarde.</translation>
    </message>
    <message>
        <source>The cryptography library could not start, so the calendar cannot be written.</source>
        <translation>La bibliothèque de cryptographie n&apos;a pas pu démarrer&#xa0;; le calendrier ne peut donc pas être écrit.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the disk space and try again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace disque et réessayez.</translation>
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
        <source>Choose a folder for the trial workspace.</source>
        <translation>Choisissez un dossier pour l&apos;espace de travail de l&apos;essai.</translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose a new or empty folder for the trial workspace.</source>
        <translation>Le dossier %1 n&apos;est pas vide. Choisissez un dossier nouveau ou vide pour l&apos;espace de travail de l&apos;essai.</translation>
    </message>
    <message>
        <source>Your key slot no longer opens the trial: a key rotation was interrupted. The administrator who rotated the key must sign in to finish it, then give you a new password.</source>
        <translation>Votre emplacement de clé n&apos;ouvre plus l&apos;essai&#xa0;: un changement de clé a été interrompu. L&apos;administrateur qui a changé la clé doit se connecter pour le terminer, puis vous donner un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Name the database&apos;s owner role (user=NAME in the connection string).</source>
        <translation>Nommez le rôle propriétaire de la base de données (user=NOM dans la chaîne de connexion).</translation>
    </message>
    <message>
        <source>The database %1 already holds the trial &quot;%2&quot;. Use a new database for a new trial.</source>
        <translation>La base de données %1 contient déjà l&apos;essai «&#xa0;%2&#xa0;». Utilisez une nouvelle base de données pour un nouvel essai.</translation>
    </message>
    <message>
        <source>The database %1 holds no trial yet: set it up with trialdesk-cli server init.</source>
        <translation>La base de données %1 ne contient encore aucun essai&#xa0;: mettez-le en place avec trialdesk-cli server init.</translation>
    </message>
    <message>
        <source>%1 names a trial server TrialDesk cannot use: %2 Connect the folder again (trialdesk-cli connect).</source>
        <translation>%1 nomme un serveur d&apos;essai que TrialDesk ne peut pas utiliser&#xa0;: %2 Connectez le dossier de nouveau (trialdesk-cli connect).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema (version %1) is older than this TrialDesk&apos;s (%2). Ask the server&apos;s administrator to upgrade it (trialdesk-cli server upgrade).</source>
        <translation>Le schéma du serveur d&apos;essai (version %1) est plus ancien que celui de ce TrialDesk (%2). Demandez à l&apos;administrateur du serveur de le mettre à jour (trialdesk-cli server upgrade).</translation>
    </message>
    <message>
        <source>The trial server&apos;s schema (version %1) is newer than this TrialDesk&apos;s (%2): install the newer TrialDesk.</source>
        <translation>Le schéma du serveur d&apos;essai (version %1) est plus récent que celui de ce TrialDesk (%2)&#xa0;: installez le TrialDesk plus récent.</translation>
    </message>
    <message>
        <source>A trial server has no recovery code: its administrator resets passwords (user reset-password), and the server&apos;s owner can reset the administrator&apos;s.</source>
        <translation>Un serveur d&apos;essai n&apos;a pas de code de récupération&#xa0;: son administrateur réinitialise les mots de passe (user reset-password), et le propriétaire du serveur peut réinitialiser celui de l&apos;administrateur.</translation>
    </message>
</context>
<context>
    <name>trialdesk::core::reporting::DataCut</name>
    <message>
        <source>%1 cannot be read from a data cut opened for another report.</source>
        <translation>%1 ne peut pas être lu à partir d&apos;une extraction de données ouverte pour un autre rapport.</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::Expression</name>
    <message>
        <source>the expression is longer than %1 characters</source>
        <translation>l&apos;expression dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the expression is empty</source>
        <translation>l&apos;expression est vide</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» inattendu</translation>
    </message>
    <message>
        <source>at character %1: %2</source>
        <translation>au caractère %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot; but the expression ends</source>
        <translation>«&#xa0;%1&#xa0;» attendu, mais l&apos;expression se termine</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» attendu</translation>
    </message>
    <message>
        <source>the expression is nested too deeply</source>
        <translation>l&apos;expression est imbriquée trop profondément</translation>
    </message>
    <message>
        <source>a value is missing at the end</source>
        <translation>il manque une valeur à la fin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the text is not closed by %1</source>
        <translation>le texte n&apos;est pas fermé par %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a value before it</source>
        <translation>«&#xa0;%1&#xa0;» exige une valeur avant lui</translation>
    </message>
    <message>
        <source>unknown function &quot;%1&quot; (known: %2)</source>
        <translation>fonction inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: %2)</translation>
    </message>
    <message>
        <source>selected() takes an item and a quoted choice code: selected(item, &apos;code&apos;)</source>
        <translation>selected() prend un élément et un code de choix entre apostrophes&#xa0;: selected(item, &apos;code&apos;)</translation>
    </message>
    <message>
        <source>selected_count() takes one multiple-choice item: selected_count(item)</source>
        <translation>selected_count() prend un élément à choix multiples&#xa0;: selected_count(item)</translation>
    </message>
    <message>
        <source>answered() takes exactly one value</source>
        <translation>answered() prend exactement une valeur</translation>
    </message>
    <message>
        <source>%1() needs at least one value</source>
        <translation>%1() exige au moins une valeur</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormDefinition</name>
    <message>
        <source>unknown attribute &quot;%1&quot; (allowed: %2)</source>
        <translation>attribut inconnu «&#xa0;%1&#xa0;» (permis&#xa0;: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>«&#xa0;%1&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>«&#xa0;%1&#xa0;» doit être un texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false</source>
        <translation>«&#xa0;%1&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number between -%2 and %2</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entre -%2 et %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number</source>
        <translation>«&#xa0;%1&#xa0;» doit être un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste</translation>
    </message>
    <message>
        <source>%1, item &quot;%2&quot;: </source>
        <translation>%1, item «&#xa0;%2&#xa0;»&#xa0;: </translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: %3</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; refers to the unknown item &quot;%3&quot;</source>
        <translation>%1 «&#xa0;%2&#xa0;» fait référence à l&apos;item inconnu «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;: selected() needs a multiple-choice item, and &quot;%3&quot; is not one</source>
        <translation>%1 «&#xa0;%2&#xa0;»&#xa0;: selected() exige un item à choix multiples, et «&#xa0;%3&#xa0;» n&apos;en est pas un</translation>
    </message>
    <message>
        <source>%1, item %2: </source>
        <translation>%1, item %2&#xa0;: </translation>
    </message>
    <message>
        <source>an item must be a JSON object</source>
        <translation>un item doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;code&quot; is missing</source>
        <translation>«&#xa0;code&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>the code must be lower-case letters, digits and _, start with a letter, be at most 64 characters and not be a word of the expression language</source>
        <translation>le code doit être formé de lettres minuscules, de chiffres et de _, commencer par une lettre, compter au plus 64 caractères et ne pas être un mot du langage d&apos;expressions</translation>
    </message>
    <message>
        <source>unknown type &quot;%1&quot; (known: integer, decimal, text, date, yes_no, single_choice, multiple_choice, scale, computed)</source>
        <translation>type inconnu «&#xa0;%1&#xa0;» (connus&#xa0;: integer, decimal, text, date, yes_no, single_choice, multiple_choice, scale, computed)</translation>
    </message>
    <message>
        <source>the label is longer than 2000 characters</source>
        <translation>le libellé dépasse 2000 caractères</translation>
    </message>
    <message>
        <source>&quot;choices&quot; are only allowed on single_choice and multiple_choice items</source>
        <translation>«&#xa0;choices&#xa0;» n&apos;est permis que sur les items single_choice et multiple_choice</translation>
    </message>
    <message>
        <source>a %1 item needs a non-empty &quot;choices&quot; list</source>
        <translation>un item %1 exige une liste «&#xa0;choices&#xa0;» non vide</translation>
    </message>
    <message>
        <source>more than %1 choices</source>
        <translation>plus de %1 choix</translation>
    </message>
    <message>
        <source>choice %1 must be an object with &quot;code&quot; and &quot;label&quot;</source>
        <translation>le choix %1 doit être un objet avec «&#xa0;code&#xa0;» et «&#xa0;label&#xa0;»</translation>
    </message>
    <message>
        <source>choice %1: %2</source>
        <translation>choix %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>choice %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>choix %1&#xa0;: le code «&#xa0;%2&#xa0;» doit compter de 1 à 64 lettres, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>the choice code &quot;%1&quot; appears twice</source>
        <translation>le code de choix «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; and &quot;maximum&quot; are only allowed on integer, decimal, text and computed items without bands</source>
        <translation>«&#xa0;minimum&#xa0;» et «&#xa0;maximum&#xa0;» ne sont permis que sur les items integer, decimal, text et computed sans tranches</translation>
    </message>
    <message>
        <source>the minimum %1 is greater than the maximum %2</source>
        <translation>le minimum %1 est supérieur au maximum %2</translation>
    </message>
    <message>
        <source>the range of a %1 item must be whole numbers</source>
        <translation>l&apos;intervalle d&apos;un item %1 doit être formé de nombres entiers</translation>
    </message>
    <message>
        <source>the minimum length of a text cannot be negative</source>
        <translation>la longueur minimale d&apos;un texte ne peut pas être négative</translation>
    </message>
    <message>
        <source>a text holds at most %1 characters</source>
        <translation>un texte compte au plus %1 caractères</translation>
    </message>
    <message>
        <source>&quot;precision&quot; is only allowed on decimal and computed items</source>
        <translation>«&#xa0;precision&#xa0;» n&apos;est permis que sur les items decimal et computed</translation>
    </message>
    <message>
        <source>the precision must be from 0 to %1 decimal places</source>
        <translation>la précision doit être de 0 à %1 décimales</translation>
    </message>
    <message>
        <source>no value with %1 decimal places lies between %2 and %3</source>
        <translation>aucune valeur à %1 décimales ne se trouve entre %2 et %3</translation>
    </message>
    <message>
        <source>&quot;unit&quot; is only allowed on numeric items</source>
        <translation>«&#xa0;unit&#xa0;» n&apos;est permis que sur les items numériques</translation>
    </message>
    <message>
        <source>the unit is longer than 32 characters</source>
        <translation>l&apos;unité dépasse 32 caractères</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot;, &quot;scaleMax&quot; and their labels are only allowed on scale items</source>
        <translation>«&#xa0;scaleMin&#xa0;», «&#xa0;scaleMax&#xa0;» et leurs libellés ne sont permis que sur les items scale</translation>
    </message>
    <message>
        <source>a scale item needs &quot;scaleMin&quot; and &quot;scaleMax&quot;</source>
        <translation>un item scale exige «&#xa0;scaleMin&#xa0;» et «&#xa0;scaleMax&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;scaleMin&quot; %1 must be less than &quot;scaleMax&quot; %2</source>
        <translation>«&#xa0;scaleMin&#xa0;» %1 doit être inférieur à «&#xa0;scaleMax&#xa0;» %2</translation>
    </message>
    <message>
        <source>the scale&apos;s ends must lie between -%1 and %1</source>
        <translation>les extrémités de l&apos;échelle doivent se situer entre -%1 et %1</translation>
    </message>
    <message>
        <source>a computed item needs a &quot;formula&quot;</source>
        <translation>un item calculé exige l&apos;attribut «&#xa0;formula&#xa0;»</translation>
    </message>
    <message>
        <source>a computed item cannot be &quot;required&quot;: its value comes from its formula</source>
        <translation>un item calculé ne peut pas être «&#xa0;required&#xa0;»&#xa0;: sa valeur vient de sa formule</translation>
    </message>
    <message>
        <source>a computed item cannot take missing-data codes</source>
        <translation>un item calculé ne peut pas prendre de codes de données manquantes</translation>
    </message>
    <message>
        <source>&quot;formula&quot; is only allowed on computed items</source>
        <translation>«&#xa0;formula&#xa0;» n&apos;est permis que sur les items calculés</translation>
    </message>
    <message>
        <source>&quot;minAnswered&quot; is only allowed on computed items</source>
        <translation>«&#xa0;minAnswered&#xa0;» n&apos;est permis que sur les items calculés</translation>
    </message>
    <message>
        <source>&quot;bands&quot; are only allowed on computed items</source>
        <translation>«&#xa0;bands&#xa0;» n&apos;est permis que sur les items calculés</translation>
    </message>
    <message>
        <source>&quot;minAnswered&quot; must be at least 1</source>
        <translation>«&#xa0;minAnswered&#xa0;» doit valoir au moins 1</translation>
    </message>
    <message>
        <source>band %1 must be an object with &quot;minimum&quot;, &quot;maximum&quot;, &quot;code&quot; and &quot;label&quot;</source>
        <translation>la tranche %1 doit être un objet avec «&#xa0;minimum&#xa0;», «&#xa0;maximum&#xa0;», «&#xa0;code&#xa0;» et «&#xa0;label&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;minimum&quot; and &quot;maximum&quot; are required</source>
        <translation>«&#xa0;minimum&#xa0;» et «&#xa0;maximum&#xa0;» sont obligatoires</translation>
    </message>
    <message>
        <source>band %1: %2</source>
        <translation>tranche %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>band %1: the code &quot;%2&quot; must be 1 to 64 letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>tranche %1&#xa0;: le code «&#xa0;%2&#xa0;» doit compter de 1 à 64 lettres, chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <source>band &quot;%1&quot;: the minimum %2 is greater than the maximum %3</source>
        <translation>tranche «&#xa0;%1&#xa0;»&#xa0;: le minimum %2 est supérieur au maximum %3</translation>
    </message>
    <message>
        <source>the band code &quot;%1&quot; appears twice</source>
        <translation>le code de tranche «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>the bands &quot;%1&quot; and &quot;%2&quot; overlap</source>
        <translation>les tranches «&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» se chevauchent</translation>
    </message>
    <message>
        <source>unknown missing-data code &quot;%1&quot; (allowed: %2)</source>
        <translation>code de données manquantes inconnu «&#xa0;%1&#xa0;» (permis&#xa0;: %2)</translation>
    </message>
    <message>
        <source>the missing-data code &quot;%1&quot; appears twice</source>
        <translation>le code de données manquantes «&#xa0;%1&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>only numeric items can be summarized as outcomes</source>
        <translation>seuls les items numériques peuvent être résumés comme résultats</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is larger than 4 MiB; a form definition is a few kilobytes</source>
        <translation>le fichier dépasse 4 Mio&#x202f;; une définition de formulaire fait quelques kilooctets</translation>
    </message>
    <message>
        <source>not valid JSON at byte %1: %2</source>
        <translation>JSON non valide à l&apos;octet %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a form definition must be a JSON object</source>
        <translation>une définition de formulaire doit être un objet JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be &quot;%1&quot;, not &quot;%2&quot;</source>
        <translation>«&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;», et non «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>«&#xa0;formatVersion&#xa0;» est manquant</translation>
    </message>
    <message>
        <source>format version %1 is newer than this TrialDesk understands (%2); update TrialDesk</source>
        <translation>la version de format %1 est plus récente que ce que cette version de TrialDesk comprend (%2)&#x202f;; mettez TrialDesk à jour</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be 1</source>
        <translation>«&#xa0;formatVersion&#xa0;» doit valoir 1</translation>
    </message>
    <message>
        <source>the form code &quot;%1&quot; must be 1 to 40 upper-case letters, digits and _, starting with a letter</source>
        <translation>le code de formulaire «&#xa0;%1&#xa0;» doit compter de 1 à 40 lettres majuscules, chiffres et _, et commencer par une lettre</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a whole number from 1</source>
        <translation>«&#xa0;version&#xa0;» doit être un nombre entier à partir de 1</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (known: eligibility, baseline, outcome, intervention, safety, administrative)</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;» (connues&#xa0;: eligibility, baseline, outcome, intervention, safety, administrative)</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a non-empty list</source>
        <translation>«&#xa0;items&#xa0;» doit être une liste non vide</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>plus de %1 items</translation>
    </message>
    <message>
        <source>the code appears twice in the form</source>
        <translation>le code apparaît deux fois dans le formulaire</translation>
    </message>
    <message>
        <source>the show-if condition refers to the item itself</source>
        <translation>la condition d&apos;affichage fait référence à l&apos;item lui-même</translation>
    </message>
    <message>
        <source>the formula refers to the item itself</source>
        <translation>la formule fait référence à l&apos;item lui-même</translation>
    </message>
    <message>
        <source>the formula uses &quot;%1&quot;, which is not a number</source>
        <translation>la formule utilise «&#xa0;%1&#xa0;», qui n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>show-if conditions and formulas depend on themselves in a cycle: %1</source>
        <translation>des conditions d&apos;affichage et des formules dépendent d&apos;elles-mêmes en boucle&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1, rule %2: </source>
        <translation>%1, règle %2&#xa0;: </translation>
    </message>
    <message>
        <source>a rule must be an object with &quot;if&quot;, &quot;item&quot; and &quot;message&quot;</source>
        <translation>une règle doit être un objet avec «&#xa0;if&#xa0;», «&#xa0;item&#xa0;» et «&#xa0;message&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;item&quot; names the unknown item &quot;%1&quot;</source>
        <translation>«&#xa0;item&#xa0;» désigne l&apos;item inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormEvaluator</name>
    <message>
        <source>Enter a whole number from %1 to %2.</source>
        <translation>Entrez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation>Entrez un nombre de %1 à %2.</translation>
    </message>
    <message>
        <source>Enter a whole number of at least %1.</source>
        <translation>Entrez un nombre entier d&apos;au moins %1.</translation>
    </message>
    <message>
        <source>Enter a number of at least %1.</source>
        <translation>Entrez un nombre d&apos;au moins %1.</translation>
    </message>
    <message>
        <source>Enter a whole number of at most %1.</source>
        <translation>Entrez un nombre entier d&apos;au plus %1.</translation>
    </message>
    <message>
        <source>Enter a number of at most %1.</source>
        <translation>Entrez un nombre d&apos;au plus %1.</translation>
    </message>
    <message numerus="yes">
        <source>Enter at least %n character(s).</source>
        <translation>
            <numerusform>Entrez au moins %n caractère.</numerusform>
            <numerusform>Entrez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Enter at most %n character(s).</source>
        <translation>
            <numerusform>Entrez au plus %n caractère.</numerusform>
            <numerusform>Entrez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a whole number from %1 to %2.</source>
        <translation>Choisissez un nombre entier de %1 à %2.</translation>
    </message>
    <message>
        <source>The score %1 is out of its range; check the answers it is computed from.</source>
        <translation>Le score %1 est hors de son intervalle&#x202f;; vérifiez les réponses à partir desquelles il est calculé.</translation>
    </message>
    <message>
        <source>The form %1 has no question &quot;%2&quot;.</source>
        <translation>Le formulaire %1 n&apos;a aucune question «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Give either a value or a missing-data code, not both.</source>
        <translation>Indiquez soit une valeur, soit un code de donnée manquante, mais pas les deux.</translation>
    </message>
    <message>
        <source>This question does not apply given the other answers; leave it empty.</source>
        <translation>Cette question ne s&apos;applique pas compte tenu des autres réponses&#x202f;; laissez-la vide.</translation>
    </message>
    <message>
        <source>This question does not accept a missing-data code.</source>
        <translation>Cette question n&apos;accepte pas de code de donnée manquante.</translation>
    </message>
    <message>
        <source>This question accepts only these missing-data codes: %1.</source>
        <translation>Cette question n&apos;accepte que les codes de donnée manquante suivants&#xa0;: %1.</translation>
    </message>
    <message>
        <source>This score cannot be computed from the answers given; leave it empty.</source>
        <translation>Ce score ne peut pas être calculé à partir des réponses données&#x202f;; laissez-le vide.</translation>
    </message>
    <message>
        <source>This score is %1 from the answers, not %2.</source>
        <translation>Selon les réponses, ce score vaut %1, et non %2.</translation>
    </message>
    <message>
        <source>This question must be answered.</source>
        <translation>Il faut répondre à cette question.</translation>
    </message>
    <message>
        <source>Answer this question or give a missing-data code.</source>
        <translation>Répondez à cette question ou indiquez un code de donnée manquante.</translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; must be given in its standard form &quot;%2&quot;.</source>
        <translation>La valeur «&#xa0;%1&#xa0;» doit être indiquée sous sa forme normalisée «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>trialdesk::forms::FormValue</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Entrez un nombre entier.</translation>
    </message>
    <message numerus="yes">
        <source>Enter a number with at most %n decimal place(s).</source>
        <translation>
            <numerusform>Entrez un nombre d&apos;au plus %n décimale.</numerusform>
            <numerusform>Entrez un nombre d&apos;au plus %n décimales.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number is too large.</source>
        <translation>Le nombre est trop grand.</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of this score&apos;s bands.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des catégories de ce score.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Le texte dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD.</source>
        <translation>Entrez une date au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Answer yes (1) or no (0).</source>
        <translation>Répondez oui (1) ou non (0).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas l&apos;un des choix.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is selected twice.</source>
        <translation>«&#xa0;%1&#xa0;» est sélectionné deux fois.</translation>
    </message>
    <message>
        <source>Unknown item type.</source>
        <translation>Type d&apos;élément inconnu.</translation>
    </message>
    <message>
        <source>Enter a date as YYYY-MM-DD or as %1.</source>
        <translation>Entrez une date au format AAAA-MM-JJ ou %1.</translation>
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
        <source>true or false only answers a yes/no question.</source>
        <translation>true ou false ne répond qu&apos;à une question oui/non.</translation>
    </message>
    <message>
        <source>A number does not answer this question; give a text.</source>
        <translation>Un nombre ne répond pas à cette question&#x202f;; donnez un texte.</translation>
    </message>
    <message>
        <source>A list only answers a multiple-choice question.</source>
        <translation>Une liste ne répond qu&apos;à une question à choix multiples.</translation>
    </message>
    <message>
        <source>Give the choices as a list of codes.</source>
        <translation>Donnez les choix sous forme de liste de codes.</translation>
    </message>
    <message>
        <source>An object does not answer a question.</source>
        <translation>Un objet ne répond pas à une question.</translation>
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
    <message numerus="yes">
        <source>Checkpoint added to %1: %n entries, head %2.</source>
        <translation>
            <numerusform>Point de contrôle ajouté à %1&#xa0;: %n entrée, tête %2.</numerusform>
            <numerusform>Point de contrôle ajouté à %1&#xa0;: %n entrées, tête %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify against checkpoints</source>
        <translation>Vérifier par rapport aux points de contrôle</translation>
    </message>
    <message>
        <source>Checkpoint files and manifests (*.jsonl *.json);;All files (*)</source>
        <translation>Fichiers de points de contrôle et manifestes (*.jsonl *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save a checkpoint</source>
        <translation>Enregistrer un point de contrôle</translation>
    </message>
    <message>
        <source>Checkpoint files (*.jsonl)</source>
        <translation>Fichiers de points de contrôle (*.jsonl)</translation>
    </message>
    <message>
        <source>Verify against c&amp;heckpoints…</source>
        <translation>Vérifier par rapport aux points de &amp;contrôle…</translation>
    </message>
    <message>
        <source>&amp;Save checkpoint…</source>
        <translation>Enregi&amp;strer un point de contrôle…</translation>
    </message>
    <message numerus="yes">
        <source>It matches %n checkpoint(s) of %1.</source>
        <translation>
            <numerusform>Elle concorde avec %n point de contrôle de %1.</numerusform>
            <numerusform>Elle concorde avec %n points de contrôle de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
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
    <name>trialdesk::gui::BackupScheduler</name>
    <message>
        <source>The scheduled backup failed: %1</source>
        <translation>La sauvegarde planifiée a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The last good backup is from %1, more than %n day(s) ago. Back up now (Administration, Security).</source>
        <translation>
            <numerusform>La dernière bonne sauvegarde date du %1, il y a plus de %n jour. Sauvegardez maintenant (Administration, Sécurité).</numerusform>
            <numerusform>La dernière bonne sauvegarde date du %1, il y a plus de %n jours. Sauvegardez maintenant (Administration, Sécurité).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no good backup in %1. Back up now (Administration, Security).</source>
        <translation>Il n&apos;y a aucune bonne sauvegarde dans %1. Sauvegardez maintenant (Administration, Sécurité).</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::CompleteVisitDialog</name>
    <message>
        <source>Complete visit: %1</source>
        <translation>Consigner la visite réalisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record the day the visit took place. A day outside the window is accepted but flagged.</source>
        <translation>Consignez le jour où la visite a eu lieu. Un jour hors fenêtre est accepté, mais signalé.</translation>
    </message>
    <message>
        <source>I &amp;confirm this date outside the window</source>
        <translation>Je &amp;confirme cette date hors fenêtre</translation>
    </message>
    <message>
        <source>&amp;Date of the visit:</source>
        <translation>&amp;Date de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Complete the visit</source>
        <translation>Consigner la visite &amp;réalisée</translation>
    </message>
    <message>
        <source>%1 is outside the window (%2): the visit will be flagged as completed out of window.</source>
        <translation>Le %1 est hors fenêtre (%2)&#xa0;: la visite sera signalée comme réalisée hors fenêtre.</translation>
    </message>
    <message>
        <source>The date cannot be in the future: choose the day the visit took place.</source>
        <translation>La date ne peut pas être dans le futur&#xa0;: choisissez le jour où la visite a eu lieu.</translation>
    </message>
    <message>
        <source>Tick the confirmation to record a date outside the window, or choose a date within it.</source>
        <translation>Cochez la confirmation pour consigner une date hors fenêtre, ou choisissez une date dans la fenêtre.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ConnectionBanner</name>
    <message>
        <source>The connection to the trial server was lost; nothing was saved. Your entries are kept. Retrying…</source>
        <translation>La connexion au serveur de l&apos;essai a été perdue&#x202f;; rien n&apos;a été enregistré. Vos saisies sont conservées. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost while saving: the change may or may not have been recorded. Your entries are kept. Retrying…</source>
        <translation>La connexion au serveur de l&apos;essai a été perdue pendant l&apos;enregistrement&#xa0;: la modification a peut-être été enregistrée, ou non. Vos saisies sont conservées. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>The connection to the trial server is back. Your entries are kept: look whether the change was recorded before you save again.</source>
        <translation>La connexion au serveur de l&apos;essai est rétablie. Vos saisies sont conservées&#xa0;: vérifiez si la modification a été enregistrée avant d&apos;enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>The connection to the trial server is back. Your entries are kept: you may save again.</source>
        <translation>La connexion au serveur de l&apos;essai est rétablie. Vos saisies sont conservées&#xa0;: vous pouvez enregistrer de nouveau.</translation>
    </message>
    <message>
        <source>The connection to the trial server was lost. Retrying…</source>
        <translation>La connexion au serveur de l&apos;essai a été perdue. Nouvelle tentative…</translation>
    </message>
    <message>
        <source>The connection to the trial server is back.</source>
        <translation>La connexion au serveur de l&apos;essai est rétablie.</translation>
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
    <name>trialdesk::gui::ConsortView</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Save as PNG, SVG or PDF…</source>
        <translation>Enregistrer en PNG, SVG ou PDF…</translation>
    </message>
    <message>
        <source>Data cut %1; primary outcome visit: %2.</source>
        <translation>Extraction du %1&#x202f;; visite du critère d&apos;évaluation principal&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no diagram to save: refresh it first.</source>
        <translation>Il n&apos;y a aucun diagramme à enregistrer&#xa0;: actualisez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the diagram can be saved in: name the file .png, .svg, .pdf or .json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format dans lequel le diagramme peut être enregistré&#xa0;: nommez le fichier .png, .svg, .pdf ou .json.</translation>
    </message>
    <message>
        <source>Save the CONSORT diagram</source>
        <translation>Enregistrer le diagramme CONSORT</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg);;Numbers as JSON (*.json)</source>
        <translation>PDF (*.pdf);;Image PNG (*.png);;Dessin SVG (*.svg);;Nombres en JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
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
    <name>trialdesk::gui::ExportsPage</name>
    <message>
        <source>Exports are de-identified unless you ask for identities; they include the allocated arm. Every export is audited and writes a manifest with the SHA-256 of each file.</source>
        <translation>Les exportations sont dépersonnalisées, sauf si vous demandez les identités&#x202f;; elles comprennent le bras attribué. Chaque exportation est consignée dans la piste de vérification et écrit un manifeste avec le SHA-256 de chaque fichier.</translation>
    </message>
    <message>
        <source>CSV: one file per form, data dictionary, long format</source>
        <translation>CSV&#xa0;: un fichier par formulaire, dictionnaire de données, format long</translation>
    </message>
    <message>
        <source>CDISC ODM 1.3.2 (XML)</source>
        <translation>CDISC ODM 1.3.2 (XML)</translation>
    </message>
    <message>
        <source>REDCap (data, data dictionary, event mapping)</source>
        <translation>REDCap (données, dictionnaire de données, correspondance des événements)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Un dossier nouveau ou vide</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>F&amp;older:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Include the &amp;audit records of form data</source>
        <translation>Inclure les entrées de &amp;vérification des données des formulaires</translation>
    </message>
    <message>
        <source>Include the participants&apos; &amp;identities</source>
        <translation>Inclure l&apos;&amp;identité des participants</translation>
    </message>
    <message>
        <source>Why identities are needed (audited)</source>
        <translation>La raison pour laquelle les identités sont nécessaires (consignée dans la piste de vérification)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export into folder</source>
        <translation>Exporter dans le dossier</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>Exportation en cours…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling; removing the partial files...</source>
        <translation>Annulation en cours&#x202f;; suppression des fichiers partiels…</translation>
    </message>
    <message>
        <source>%1 form entries of %2 participants exported to %3 (%4 files, manifest.json lists their SHA-256).</source>
        <translation>%1 saisies de formulaire de %2 participants exportées dans %3 (%4 fichiers, manifest.json en donne les SHA-256).</translation>
    </message>
    <message>
        <source>Exporting form entries: %1 of %2</source>
        <translation>Exportation des saisies de formulaire&#xa0;: %1 sur %2</translation>
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
    <name>trialdesk::gui::FormEntryDialog</name>
    <message>
        <source>The form %1 is not known. Check the form code.</source>
        <translation>Le formulaire %1 est inconnu. Vérifiez le code du formulaire.</translation>
    </message>
    <message>
        <source>unscheduled</source>
        <translation>hors calendrier</translation>
    </message>
    <message>
        <source>The draft was not saved: correct the values shown in the form.</source>
        <translation>Le brouillon n&apos;a pas été enregistré&#xa0;: corrigez les valeurs indiquées dans le formulaire.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Brouillon enregistré.</translation>
    </message>
    <message>
        <source>The form is not complete: correct the problems listed at the top of the form.</source>
        <translation>Le formulaire n&apos;est pas complet&#xa0;: corrigez les problèmes énumérés en haut du formulaire.</translation>
    </message>
    <message>
        <source>Form completed.</source>
        <translation>Formulaire complété.</translation>
    </message>
    <message>
        <source>Change the values, then choose Save changes: you will be asked the reason.</source>
        <translation>Modifiez les valeurs, puis choisissez Enregistrer les modifications&#xa0;: la raison vous sera demandée.</translation>
    </message>
    <message>
        <source>The changes were not saved: correct the problems listed at the top of the form.</source>
        <translation>Les modifications n&apos;ont pas été enregistrées&#xa0;: corrigez les problèmes énumérés en haut du formulaire.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Raison de la modification</translation>
    </message>
    <message>
        <source>This form was completed: say why its values change. The old and new values and the reason go to the audit trail.</source>
        <translation>Ce formulaire a été complété&#xa0;: indiquez pourquoi ses valeurs changent. Les anciennes et les nouvelles valeurs ainsi que la raison sont consignées dans la piste de vérification.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>The changes were not saved.</source>
        <translation>Les modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>Changes saved.</source>
        <translation>Modifications enregistrées.</translation>
    </message>
    <message>
        <source>Source data verified.</source>
        <translation>Données sources vérifiées.</translation>
    </message>
    <message>
        <source>Form locked.</source>
        <translation>Formulaire verrouillé.</translation>
    </message>
    <message>
        <source>Unlock the form</source>
        <translation>Déverrouiller le formulaire</translation>
    </message>
    <message>
        <source>Unlocking allows changes again. Say why; the reason goes to the audit trail.</source>
        <translation>Le déverrouillage permet de nouveau les modifications. Indiquez pourquoi&#x202f;; la raison est consignée dans la piste de vérification.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Form unlocked.</source>
        <translation>Formulaire déverrouillé.</translation>
    </message>
    <message>
        <source>Raise a &amp;query on this item…</source>
        <translation>Ouvrir une demande de &amp;clarification sur cet item…</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Data &amp;queries</source>
        <translation>Demandes de c&amp;larification</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>&amp;Complete</source>
        <translation>&amp;Compléter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>&amp;Save changes…</source>
        <translation>&amp;Enregistrer les modifications…</translation>
    </message>
    <message>
        <source>Ca&amp;ncel edit</source>
        <translation>A&amp;nnuler la modification</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Verr&amp;ouiller</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>&amp;Déverrouiller…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) with an open query</source>
        <translation>
            <numerusform>%n item avec une demande de clarification ouverte</numerusform>
            <numerusform>%n items avec une demande de clarification ouverte</numerusform>
        </translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>state: %1</source>
        <translation>état&#xa0;: %1</translation>
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
        <translation>(vide)</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Manquant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Marqué comme complet</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Corrected (data query)</source>
        <translation>Corrigé (demande de clarification)</translation>
    </message>
    <message>
        <source>Every change of a value, oldest first:</source>
        <translation>Chaque modification d&apos;une valeur, de la plus ancienne à la plus récente&#xa0;:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
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
        <source>Change</source>
        <translation>Modification</translation>
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
        <translation>Une demande de clarification peut être ouverte sur un formulaire enregistré qui n&apos;est pas un brouillon.</translation>
    </message>
    <message>
        <source>Raise a data query</source>
        <translation>Ouvrir une demande de clarification</translation>
    </message>
    <message>
        <source>Ask the site about one item&apos;s value. The coordinator answers or corrects it, then you close the query.</source>
        <translation>Interrogez le site sur la valeur d&apos;un item. Le coordonnateur y répond ou la corrige, puis vous fermez la demande de clarification.</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Raise query</source>
        <translation>&amp;Ouvrir la demande</translation>
    </message>
    <message>
        <source>Query raised.</source>
        <translation>Demande de clarification ouverte.</translation>
    </message>
    <message>
        <source>Answer the query</source>
        <translation>Répondre à la demande de clarification</translation>
    </message>
    <message>
        <source>Question on &quot;%1&quot;: %2</source>
        <translation>Question sur «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Send answer</source>
        <translation>&amp;Envoyer la réponse</translation>
    </message>
    <message>
        <source>Answer recorded.</source>
        <translation>Réponse enregistrée.</translation>
    </message>
    <message>
        <source>Correct the value</source>
        <translation>Corriger la valeur</translation>
    </message>
    <message>
        <source>Question on &quot;%1&quot;: %2
Enter the correct value and the reason; the change is audited.</source>
        <translation>Question sur «&#xa0;%1&#xa0;»&#xa0;: %2
Saisissez la valeur correcte et la raison&#x202f;; la modification est consignée dans la piste de vérification.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Corriger</translation>
    </message>
    <message>
        <source>Value corrected.</source>
        <translation>Valeur corrigée.</translation>
    </message>
    <message>
        <source>Close the query</source>
        <translation>Fermer la demande de clarification</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;lose query</source>
        <translation>&amp;Fermer la demande</translation>
    </message>
    <message>
        <source>Query closed.</source>
        <translation>Demande de clarification fermée.</translation>
    </message>
    <message>
        <source>Data &amp;queries on this form:</source>
        <translation>&amp;Demandes de clarification sur ce formulaire&#xa0;:</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Raise &amp;query…</source>
        <translation>&amp;Ouvrir une demande…</translation>
    </message>
    <message>
        <source>&amp;Answer…</source>
        <translation>&amp;Répondre…</translation>
    </message>
    <message>
        <source>C&amp;orrect value…</source>
        <translation>&amp;Corriger la valeur…</translation>
    </message>
    <message>
        <source>Close q&amp;uery…</source>
        <translation>&amp;Fermer la demande…</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::FormRenderer</name>
    <message numerus="yes">
        <source>The form cannot be saved: %n problem(s) to correct.</source>
        <translation>
            <numerusform>Le formulaire ne peut pas être enregistré&#xa0;: %n problème à corriger.</numerusform>
            <numerusform>Le formulaire ne peut pas être enregistré&#xa0;: %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A form item&apos;s label, then what is wrong with its answer.</extracomment>
        <translation>%1&#xa0;: %2</translation>
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
    <name>trialdesk::gui::ItemEditor</name>
    <message>
        <source>Required: the form cannot be completed without an answer or a missing-data code.</source>
        <translation>Obligatoire&#xa0;: le formulaire ne peut pas être marqué comme complet sans une réponse ou un code de donnée manquante.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Manquant&#xa0;:</translation>
    </message>
    <message>
        <source>(answered)</source>
        <translation>(répondu)</translation>
    </message>
    <message>
        <source>When no answer can be given, say why: not done, unknown or refused.</source>
        <translation>Si aucune réponse ne peut être donnée, indiquez pourquoi&#xa0;: non fait, inconnu ou refusé.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>aucune date</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Leave the date empty</source>
        <translation>Laisser la date vide</translation>
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
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>(not computed yet)</source>
        <translation>(pas encore calculé)</translation>
    </message>
    <message>
        <source>Open query</source>
        <translation>Demande de clarification ouverte</translation>
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
    <message>
        <source>Trial server %1, database %2: sign in with your own account on the server.</source>
        <translation>Serveur de l&apos;essai %1, base de données %2&#xa0;: connectez-vous avec votre propre compte sur le serveur.</translation>
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
    <message>
        <source>Scheduled backup saved in %1.</source>
        <translation>Sauvegarde planifiée enregistrée dans %1.</translation>
    </message>
    <message>
        <source>An administrator reset your password: choose your own now. Nothing else is allowed until you do.</source>
        <translation>Un administrateur a réinitialisé votre mot de passe&#xa0;: choisissez le vôtre maintenant. Rien d&apos;autre n&apos;est permis d&apos;ici là.</translation>
    </message>
    <message>
        <source>An administrator changed your role to %1: quit and sign in again to see its sections.</source>
        <translation>Un administrateur a changé votre rôle pour «&#xa0;%1&#xa0;»&#xa0;: quittez et reconnectez-vous pour voir ses sections.</translation>
    </message>
    <message>
        <source>A key rotation had been interrupted; signing in finished it. Save the new recovery code now.</source>
        <translation>Un changement de clé avait été interrompu&#x202f;; la connexion l&apos;a terminé. Conservez dès maintenant le nouveau code de récupération.</translation>
    </message>
    <message>
        <source>On the trial server %1, database %2.</source>
        <translation>Sur le serveur de l&apos;essai %1, base de données %2.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::MissVisitDialog</name>
    <message>
        <source>Missed visit: %1</source>
        <translation>Visite manquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Record that the visit did not take place, and why. The visit is kept with its reason.</source>
        <translation>Consignez que la visite n&apos;a pas eu lieu, et pourquoi. La visite est conservée avec sa raison.</translation>
    </message>
    <message>
        <source>e.g. could not be reached after three calls</source>
        <translation>p. ex. impossible à joindre après trois appels</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Record as &amp;missed</source>
        <translation>Enregistrer comme &amp;manquée</translation>
    </message>
    <message>
        <source>Give the reason the visit was missed.</source>
        <translation>Indiquez la raison pour laquelle la visite a été manquée.</translation>
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
    <name>trialdesk::gui::ParticipantFormsPage</name>
    <message>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n open query(ies)</source>
        <translation>
            <numerusform>%n demande de clarification ouverte</numerusform>
            <numerusform>%n demandes de clarification ouvertes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unscheduled forms</source>
        <translation>Formulaires hors calendrier</translation>
    </message>
    <message>
        <source>&amp;Study ID:</source>
        <translation>&amp;Identifiant d&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;how forms</source>
        <translation>&amp;Afficher les formulaires</translation>
    </message>
    <message>
        <source>&amp;Forms by visit:</source>
        <translation>&amp;Formulaires par visite&#xa0;:</translation>
    </message>
    <message>
        <source>Visit or form</source>
        <translation>Visite ou formulaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Queries</source>
        <translation>Demandes de clarification</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Open form</source>
        <translation>&amp;Ouvrir le formulaire</translation>
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
    <message>
        <source>Visit schedule</source>
        <translation>Calendrier des visites</translation>
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
    <name>trialdesk::gui::QueriesPage</name>
    <message>
        <source>unscheduled</source>
        <translation>hors calendrier</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>&amp;Queries not closed: %1</source>
        <translation>Demandes non &amp;fermées&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Open form at the item</source>
        <translation>&amp;Ouvrir le formulaire à l&apos;item</translation>
    </message>
    <message>
        <source>Study ID</source>
        <translation>Identifiant d&apos;étude</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Ouverte le</translation>
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
        <source>Audit chain intact; head %1</source>
        <translation>Chaîne de vérification intacte&#x202f;; tête %1</translation>
    </message>
    <message>
        <source>Audit chain BROKEN: %1</source>
        <translation>Chaîne de vérification ROMPUE&#xa0;: %1</translation>
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
    <message>
        <source>Gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 are missing.</source>
        <translation>Trou dans la strate %1 (lignée de séquences du plan v%2)&#xa0;: les séquences %3 à %4 manquent.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RandomizationReportView</name>
    <message>
        <source>Save as PDF, CSV or JSON…</source>
        <translation>Enregistrer en PDF, CSV ou JSON…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>There is no report to save: refresh it first.</source>
        <translation>Il n&apos;y a aucun rapport à enregistrer&#xa0;: actualisez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format dans lequel le rapport peut être enregistré&#xa0;: nommez le fichier .pdf, .csv ou .json.</translation>
    </message>
    <message>
        <source>Save the randomization report</source>
        <translation>Enregistrer le rapport de randomisation</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
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
    <name>trialdesk::gui::RecruitmentView</name>
    <message>
        <source>Save as PDF, CSV or JSON…</source>
        <translation>Enregistrer en PDF, CSV ou JSON…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>%1 screened, %2 randomized (target %3); %4 screened per randomized.</source>
        <translation>%1 présélectionnés, %2 randomisés (cible %3)&#x202f;; %4 présélectionnés par randomisé.</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomisés (cumul)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Cumulative randomizations against the target</source>
        <translation>Randomisations cumulées par rapport à la cible</translation>
    </message>
    <message>
        <source>There is no report to save: refresh it first.</source>
        <translation>Il n&apos;y a pas de rapport à enregistrer&#xa0;: actualisez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a format the report can be saved in: name the file .pdf, .csv or .json.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un format dans lequel le rapport peut être enregistré&#xa0;: donnez au fichier l&apos;extension .pdf, .csv ou .json.</translation>
    </message>
    <message>
        <source>Save the recruitment report</source>
        <translation>Enregistrer le rapport de recrutement</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</source>
        <translation>PDF (*.pdf);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ReportsPage</name>
    <message>
        <source>CONSORT diagram</source>
        <translation>Diagramme CONSORT</translation>
    </message>
    <message>
        <source>Recruitment</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <source>Randomization report</source>
        <translation>Rapport de randomisation</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Caractéristiques initiales</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::RescheduleVisitDialog</name>
    <message>
        <source>Reschedule visit: %1</source>
        <translation>Replanifier la visite&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose the new appointment and say why it moves. The window set by the protocol does not move.</source>
        <translation>Choisissez le nouveau rendez-vous et indiquez pourquoi il change. La fenêtre fixée par le protocole, elle, ne change pas.</translation>
    </message>
    <message>
        <source>e.g. participant asked for a later day</source>
        <translation>p. ex. le participant a demandé un jour plus tard</translation>
    </message>
    <message>
        <source>&amp;New date:</source>
        <translation>&amp;Nouvelle date&#xa0;:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Raison&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;schedule</source>
        <translation>Re&amp;planifier</translation>
    </message>
    <message>
        <source>%1 is outside the window (%2): a visit on that day will be flagged out of window.</source>
        <translation>%1 est hors de la fenêtre (%2)&#xa0;: une visite ce jour-là sera signalée hors fenêtre.</translation>
    </message>
    <message>
        <source>Choose a new date different from the current target.</source>
        <translation>Choisissez une nouvelle date différente de la date cible actuelle.</translation>
    </message>
    <message>
        <source>Give the reason for the new date.</source>
        <translation>Indiquez la raison de la nouvelle date.</translation>
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
    <message>
        <source>A backup is a complete, still encrypted copy of the trial. The passwords and the recovery code valid when it was made open it. Choose a backup folder on another drive or a network share, so that backups survive this computer.</source>
        <translation>Une sauvegarde est une copie complète, toujours chiffrée, de l&apos;essai. Les mots de passe et le code de récupération valides au moment où elle a été faite l&apos;ouvrent. Choisissez un dossier de sauvegarde sur un autre disque ou un partage réseau, pour que les sauvegardes survivent à cet ordinateur.</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifeste</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Open the selected backup with your password, as a restore would, and check its database and its audit trail against the live one.</source>
        <translation>Ouvrir la sauvegarde choisie avec votre mot de passe, comme le ferait une restauration, et vérifier sa base de données et sa piste de vérification par rapport à celle de l&apos;essai en service.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>The workspace&apos;s backups folder (same disk)</source>
        <translation>Le dossier des sauvegardes de l&apos;espace de travail (même disque)</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Back up &amp;every day while TrialDesk is open</source>
        <translation>Sauvegarder &amp;chaque jour tant que TrialDesk est ouvert</translation>
    </message>
    <message>
        <source>&amp;Keep the last:</source>
        <translation>&amp;Conserver les dernières&#xa0;:</translation>
    </message>
    <message>
        <source> backup(s)</source>
        <translation> sauvegarde(s)</translation>
    </message>
    <message>
        <source>&amp;Warn when the last backup is older than:</source>
        <translation>&amp;Avertir quand la dernière sauvegarde date de plus de&#xa0;:</translation>
    </message>
    <message>
        <source> day(s)</source>
        <translation> jour(s)</translation>
    </message>
    <message>
        <source>Save the &amp;schedule…</source>
        <translation>Enregistrer la &amp;planification…</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation>
            <numerusform>%n entrée de vérification</numerusform>
            <numerusform>%n entrées de vérification</numerusform>
        </translation>
    </message>
    <message>
        <source>none: not checked when made</source>
        <translation>aucun&#xa0;: non vérifiée à sa création</translation>
    </message>
    <message>
        <source>Warning: there is no good backup in %1 yet. Back up now.</source>
        <translation>Avertissement&#xa0;: il n&apos;y a encore aucune bonne sauvegarde dans %1. Sauvegardez maintenant.</translation>
    </message>
    <message numerus="yes">
        <source>Warning: the last good backup is from %1, more than %n day(s) ago. Back up now.</source>
        <translation>
            <numerusform>Avertissement&#xa0;: la dernière bonne sauvegarde date du %1, il y a plus de %n jour. Sauvegardez maintenant.</numerusform>
            <numerusform>Avertissement&#xa0;: la dernière bonne sauvegarde date du %1, il y a plus de %n jours. Sauvegardez maintenant.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last good backup: %1.</source>
        <translation>Dernière bonne sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Change the backup schedule</source>
        <translation>Modifier la planification des sauvegardes</translation>
    </message>
    <message>
        <source>Backups go to %1, every day while TrialDesk is open; the last %2 are kept.</source>
        <translation>Les sauvegardes vont dans %1, chaque jour tant que TrialDesk est ouvert&#x202f;; les %2 dernières sont conservées.</translation>
    </message>
    <message>
        <source>the workspace&apos;s backups folder</source>
        <translation>le dossier des sauvegardes de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>Backups go to %1, made by hand only.</source>
        <translation>Les sauvegardes vont dans %1, faites à la main seulement.</translation>
    </message>
    <message>
        <source>Backup schedule saved.</source>
        <translation>Planification des sauvegardes enregistrée.</translation>
    </message>
    <message>
        <source>Verify a backup</source>
        <translation>Vérifier une sauvegarde</translation>
    </message>
    <message>
        <source>The backup %1 is opened with your password as it was when the backup was made, then its database and its audit trail are checked against the live trial.</source>
        <translation>La sauvegarde %1 est ouverte avec votre mot de passe tel qu&apos;il était lorsqu&apos;elle a été faite, puis sa base de données et sa piste de vérification sont comparées à celles de l&apos;essai en service.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message numerus="yes">
        <source>The backup %1 is good: its database is intact and its %n audit entries are the start of the live trail.</source>
        <translation>
            <numerusform>La sauvegarde %1 est bonne&#xa0;: sa base de données est intacte et sa piste de vérification (%n entrée) est le début de la piste en service.</numerusform>
            <numerusform>La sauvegarde %1 est bonne&#xa0;: sa base de données est intacte et sa piste de vérification (%n entrées) est le début de la piste en service.</numerusform>
        </translation>
    </message>
    <message>
        <source>The backup %1 has problems:
%2</source>
        <translation>La sauvegarde %1 a des problèmes&#xa0;:
%2</translation>
    </message>
    <message>
        <source>A complete encrypted copy of the trial is made now in the backup folder. The entry in the audit trail records why.</source>
        <translation>Une copie complète et chiffrée de l&apos;essai est faite maintenant dans le dossier des sauvegardes. L&apos;entrée dans la piste de vérification en consigne la raison.</translation>
    </message>
    <message>
        <source>A trial server has no database key of TrialDesk&apos;s to rotate and no recovery code: each user signs in with their own password on the server, the administrator resets forgotten passwords, and the server&apos;s disks are encrypted by its operating system.</source>
        <translation>Un serveur de l&apos;essai n&apos;a ni clé de base de données de TrialDesk à changer ni code de récupération&#xa0;: chaque utilisateur se connecte avec son propre mot de passe sur le serveur, l&apos;administrateur réinitialise les mots de passe oubliés, et les disques du serveur sont chiffrés par son système d&apos;exploitation.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::ServerPage</name>
    <message>
        <source>Certificate authority</source>
        <translation>Autorité de certification</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificats (*.crt *.pem);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation>Dossier de l&apos;espace de travail</translation>
    </message>
    <message>
        <source>The certificate authority file %1 does not exist. Choose the file your trial server&apos;s administrator gave you (often ca.crt).</source>
        <translation>Le fichier de l&apos;autorité de certification %1 n&apos;existe pas. Choisissez le fichier que l&apos;administrateur de votre serveur de l&apos;essai vous a remis (souvent ca.crt).</translation>
    </message>
    <message>
        <source>Give the full path of the workspace folder, for example %1.</source>
        <translation>Indiquez le chemin complet du dossier de l&apos;espace de travail, par exemple %1.</translation>
    </message>
    <message>
        <source>This folder already holds a trial workspace. Choose another folder, or cancel and open the existing trial with --workspace.</source>
        <translation>Ce dossier contient déjà un espace de travail d&apos;essai. Choisissez un autre dossier, ou annulez et ouvrez l&apos;essai existant avec --workspace.</translation>
    </message>
    <message>
        <source>Looking for the trial server…</source>
        <translation>Recherche du serveur de l&apos;essai…</translation>
    </message>
    <message>
        <source>The trial server does not answer at this address, or its certificate is not signed by the certificate authority given. Check the server, the port, the database and the certificate file, then try again; nothing was written.</source>
        <translation>Le serveur de l&apos;essai ne répond pas à cette adresse, ou son certificat n&apos;est pas signé par l&apos;autorité de certification indiquée. Vérifiez le serveur, le port, la base de données et le fichier du certificat, puis réessayez&#x202f;; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Connect to a trial server</source>
        <translation>Connexion à un serveur de l&apos;essai</translation>
    </message>
    <message>
        <source>The trial lives on a PostgreSQL server; this computer keeps only a folder naming the server. You sign in with your own account on the server.</source>
        <translation>L&apos;essai se trouve sur un serveur PostgreSQL&#x202f;; cet ordinateur ne garde qu&apos;un dossier qui nomme le serveur. Vous vous connectez avec votre propre compte sur le serveur.</translation>
    </message>
    <message>
        <source>A server on the &amp;network (TLS, the server&apos;s certificate checked)</source>
        <translation>Un serveur du &amp;réseau (TLS, certificat du serveur vérifié)</translation>
    </message>
    <message>
        <source>A server on &amp;this computer (Unix socket)</source>
        <translation>Un serveur sur &amp;cet ordinateur (socket Unix)</translation>
    </message>
    <message>
        <source>A connection &amp;string (advanced)</source>
        <translation>Une c&amp;haîne de connexion (avancé)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. db.example.org</source>
        <translation>p. ex. db.example.org</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>the trial&apos;s database, e.g. pilot</source>
        <translation>la base de données de l&apos;essai, p. ex. pilot</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Autorité de certification&#xa0;:</translation>
    </message>
    <message>
        <source>the file that signed the server&apos;s certificate, e.g. ca.crt</source>
        <translation>le fichier qui a signé le certificat du serveur, p. ex. ca.crt</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Parco&amp;urir…</translation>
    </message>
    <message>
        <source>Soc&amp;ket folder:</source>
        <translation>Dossier du soc&amp;ket&#xa0;:</translation>
    </message>
    <message>
        <source>Connection s&amp;tring:</source>
        <translation>Chaîne de co&amp;nnexion&#xa0;:</translation>
    </message>
    <message>
        <source>host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/path/to/ca.crt</source>
        <translation>host=db.example.org dbname=pilot sslmode=verify-full sslrootcert=/chemin/vers/ca.crt</translation>
    </message>
    <message>
        <source>Workspace &amp;folder:</source>
        <translation>&amp;Dossier de l&apos;espace de travail&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>No password is kept on this computer: the folder names the server only. &quot;Connect&quot; writes it; then sign in with the user name and password the trial&apos;s administrator gave you.</source>
        <translation>Aucun mot de passe n&apos;est gardé sur cet ordinateur&#xa0;: le dossier nomme seulement le serveur. «&#xa0;Connecter&#xa0;» l&apos;écrit&#x202f;; connectez-vous ensuite avec le nom d&apos;utilisateur et le mot de passe que l&apos;administrateur de l&apos;essai vous a remis.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
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
    <name>trialdesk::gui::StatsTablesView</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Enregistrer le rapport en CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>There is no report to save yet: refresh it first.</source>
        <translation>Il n&apos;y a pas encore de rapport à enregistrer&#xa0;: actualisez-le d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::TodayVisitsPage</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>The count in a list heading; &quot;200 of 1,234&quot; when only the first rows are shown.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Show all %1</source>
        <translation>Afficher les %1</translation>
    </message>
    <message>
        <source>Due to&amp;day (%1)</source>
        <translation>Prévues a&amp;ujourd&apos;hui (%1)</translation>
    </message>
    <message>
        <source>Due this &amp;week (%1)</source>
        <translation>Prévues cette sema&amp;ine (%1)</translation>
    </message>
    <message>
        <source>&amp;Overdue, still in window (%1)</source>
        <translation>En &amp;retard, encore dans la fenêtre (%1)</translation>
    </message>
    <message>
        <source>Out of wi&amp;ndow (%1)</source>
        <translation>&amp;Hors fenêtre (%1)</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Consigné.</translation>
    </message>
    <message>
        <source>Select a visit in a list first.</source>
        <translation>Choisissez d&apos;abord une visite dans une liste.</translation>
    </message>
    <message>
        <source>Save the visit worksheet</source>
        <translation>Enregistrer la fiche de visite</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Worksheet saved to %1.</source>
        <translation>Fiche de visite enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Today&apos;s visits</source>
        <translation>Visites du jour</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Date de référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Effectuée…</translation>
    </message>
    <message>
        <source>&amp;Missed…</source>
        <translation>&amp;Manquée…</translation>
    </message>
    <message>
        <source>R&amp;eschedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>Open partici&amp;pant</source>
        <translation>&amp;Ouvrir le participant</translation>
    </message>
    <message>
        <source>Print wor&amp;ksheet…</source>
        <translation>Imprimer la &amp;fiche…</translation>
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
    <message>
        <source>The trial already lives on a trial server: the next page asks where it is.</source>
        <translation>L&apos;essai se trouve déjà sur un serveur de l&apos;essai&#xa0;: la page suivante demande où il se trouve.</translation>
    </message>
    <message>
        <source>Create a &amp;new trial on this computer (an encrypted workspace)</source>
        <translation>Créer un &amp;nouvel essai sur cet ordinateur (un espace de travail chiffré)</translation>
    </message>
    <message>
        <source>Connect to a trial on a trial &amp;server</source>
        <translation>Rejoindre un essai sur un &amp;serveur de l&apos;essai</translation>
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
    <message>
        <source>Rotate the database key?</source>
        <translation>Changer la clé de la base de données&#xa0;?</translation>
    </message>
    <message>
        <source>Copies of %1&apos;s key slot in backups still open the trial with the current key. Rotate the key now so that they no longer do? Every other user will then need a new password.</source>
        <translation>Les copies de l&apos;emplacement de clé de %1 dans les sauvegardes ouvrent toujours l&apos;essai avec la clé actuelle. Changer la clé maintenant pour qu&apos;elles ne l&apos;ouvrent plus&#xa0;? Tous les autres utilisateurs auront alors besoin d&apos;un nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitActions</name>
    <message>
        <source>Your role may view visits but not record them.</source>
        <translation>Votre rôle permet de consulter les visites, mais pas de les consigner.</translation>
    </message>
    <message>
        <source>Select a visit in a list first.</source>
        <translation>Sélectionnez d&apos;abord une visite dans une liste.</translation>
    </message>
    <message>
        <source>This visit is already %1: only a planned visit can be completed, missed or rescheduled.</source>
        <translation>Cette visite est déjà %1&#xa0;: seule une visite prévue peut être réalisée, manquée ou déplacée.</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitAgendaPage</name>
    <message>
        <source>Week of %1 to %2</source>
        <extracomment>The agenda&apos;s week: first and last day.</extracomment>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n visits in this period.</source>
        <translation>
            <numerusform>%n visite dans cette période.</numerusform>
            <numerusform>%n visites dans cette période.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a visit in the agenda first.</source>
        <translation>Sélectionnez d&apos;abord une visite dans l&apos;agenda.</translation>
    </message>
    <message>
        <source>Visit agenda</source>
        <translation>Agenda des visites</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Site&#xa0;:</translation>
    </message>
    <message>
        <source>all sites</source>
        <translation>tous les sites</translation>
    </message>
    <message>
        <source>By &amp;day</source>
        <translation>Par &amp;jour</translation>
    </message>
    <message>
        <source>By &amp;week</source>
        <translation>Par se&amp;maine</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>S&amp;uivant</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>&amp;Open participant</source>
        <translation>&amp;Ouvrir le participant</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitDialog</name>
    <message>
        <source>&lt;b&gt;Participant:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Visit:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Target date:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Window:&lt;/b&gt; %4</source>
        <translation>&lt;b&gt;Participant&#xa0;:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Visite&#xa0;:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Date cible&#xa0;:&lt;/b&gt; %3&lt;br&gt;&lt;b&gt;Fenêtre&#xa0;:&lt;/b&gt; %4</translation>
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
        <translation>%1 (hors fenêtre)</translation>
    </message>
    <message>
        <source>Out of window</source>
        <translation>Hors fenêtre</translation>
    </message>
    <message>
        <source>Window passed</source>
        <translation>Fenêtre dépassée</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitTableModel</name>
    <message>
        <source>Study ID</source>
        <translation>Identifiant d&apos;étude</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Target date</source>
        <translation>Date cible</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fenêtre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>Date réelle</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <source>Window flag</source>
        <translation>Indicateur de fenêtre</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Expected forms</source>
        <translation>Formulaires attendus</translation>
    </message>
</context>
<context>
    <name>trialdesk::gui::VisitTimelineWidget</name>
    <message>
        <source>Press Enter or double-click to enter this form for the visit.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour saisir ce formulaire pour la visite.</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Consigné.</translation>
    </message>
    <message>
        <source>Save the visit worksheet</source>
        <translation>Enregistrer la fiche de visite</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Worksheet saved to %1.</source>
        <translation>Fiche de visite enregistrée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Visits</source>
        <translation>&amp;Visites</translation>
    </message>
    <message>
        <source>Expected &amp;forms of the selected visit (Enter opens the form):</source>
        <translation>&amp;Formulaires attendus à la visite choisie (Entrée ouvre le formulaire)&#xa0;:</translation>
    </message>
    <message>
        <source>Com&amp;plete visit…</source>
        <translation>Visite &amp;effectuée…</translation>
    </message>
    <message>
        <source>Mi&amp;ssed…</source>
        <translation>&amp;Manquée…</translation>
    </message>
    <message>
        <source>Resc&amp;hedule…</source>
        <translation>Re&amp;planifier…</translation>
    </message>
    <message>
        <source>Print wor&amp;ksheet…</source>
        <translation>&amp;Imprimer la fiche…</translation>
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
        <translation>Feuille de travail de la visite</translation>
    </message>
    <message>
        <source>Trial:</source>
        <translation>Essai&#xa0;:</translation>
    </message>
    <message>
        <source>Study ID:</source>
        <translation>Identifiant d&apos;étude&#xa0;:</translation>
    </message>
    <message>
        <source>Participant:</source>
        <translation>Participant&#xa0;:</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Site&#xa0;:</translation>
    </message>
    <message>
        <source>Visit:</source>
        <translation>Visite&#xa0;:</translation>
    </message>
    <message>
        <source>Target date:</source>
        <translation>Date cible&#xa0;:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Expected forms</source>
        <translation>Formulaires attendus</translation>
    </message>
    <message>
        <source>No form is expected at this visit.</source>
        <translation>Aucun formulaire n&apos;est attendu à cette visite.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Initials</source>
        <translation>Initiales</translation>
    </message>
    <message>
        <source>Date of the visit:</source>
        <translation>Date de la visite&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Signature:</source>
        <translation>Signature&#xa0;:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <source>There is no planned visit to print: choose another day, site or visit.</source>
        <translation>Il n&apos;y a aucune visite prévue à imprimer&#xa0;: choisissez un autre jour, un autre site ou une autre visite.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: check that the folder exists and is writable, then print again.</source>
        <translation>Le PDF n&apos;a pas pu être écrit dans %1&#xa0;: vérifiez que le dossier existe et est accessible en écriture, puis imprimez de nouveau.</translation>
    </message>
    <message>
        <source>Generated %1 by %2</source>
        <translation>Généré le %1 par %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
<context>
    <name>trialdesk::reports::BaselineReport</name>
    <message>
        <source>Baseline characteristics by arm</source>
        <translation>Caractéristiques initiales par bras</translation>
    </message>
    <message>
        <source>The protocol&apos;s visit schedule has no baseline visit, so there is no baseline table to compute. Amend the protocol to add one.</source>
        <translation>Le calendrier des visites du protocole n&apos;a aucune visite initiale&#xa0;: il n&apos;y a donc aucun tableau des caractéristiques initiales à calculer. Modifiez le protocole pour en ajouter une.</translation>
    </message>
    <message>
        <source>Table 1. Baseline characteristics by arm (%1)</source>
        <translation>Tableau 1. Caractéristiques initiales par bras (%1)</translation>
    </message>
    <message>
        <source>Characteristic</source>
        <translation>Caractéristique</translation>
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
        <translation>%1 (facteur de stratification)</translation>
    </message>
    <message>
        <source>%1 (more than one answer possible)</source>
        <translation>%1 (plusieurs réponses possibles)</translation>
    </message>
    <message>
        <source>Mean (SD)</source>
        <translation>Moyenne (ÉT)</translation>
    </message>
    <message>
        <source>Median (IQR)</source>
        <translation>Médiane (EIQ)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>Median and interquartile range: &quot;72.0 (65.0 to 79.0)&quot;.</extracomment>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>Balance by stratum (participants per arm)</source>
        <translation>Équilibre par strate (participants par bras)</translation>
    </message>
    <message>
        <source>Stratum</source>
        <translation>Strate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Difference (%1 − %2)</source>
        <translation>Différence (%1 − %2)</translation>
    </message>
    <message>
        <source>Largest − smallest</source>
        <translation>Plus grand − plus petit</translation>
    </message>
    <message>
        <source>Randomized participants, except those randomized in error; completed entries of the baseline forms. Percentages are of the participants with an answer; medians and quartiles use R&apos;s default definition (type 7).</source>
        <translation>Participants randomisés, sauf ceux randomisés par erreur&#x202f;; saisies complétées des formulaires de la visite initiale. Les pourcentages portent sur les participants ayant répondu&#x202f;; les médianes et les quartiles suivent la définition par défaut de R (type 7).</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ConsortReport</name>
    <message>
        <source>Counting the CONSORT boxes</source>
        <translation>Calcul des effectifs des cases CONSORT</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the CONSORT diagram.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à consulter les rapports&#xa0;: adressez-vous à un administrateur si vous avez besoin du diagramme CONSORT.</translation>
    </message>
    <message>
        <source>The CONSORT diagram gives numbers by arm and your role (%1) is blinded to the arms: ask an unblinded colleague (statistician, investigator or administrator) for it.</source>
        <translation>Le diagramme CONSORT donne des effectifs par bras et votre rôle (%1) est à l&apos;insu des bras&#xa0;: demandez-le à un collègue sans insu (statisticien, investigateur ou administrateur).</translation>
    </message>
    <message>
        <source>Not meeting inclusion criteria</source>
        <translation>Ne répondant pas aux critères d&apos;inclusion</translation>
    </message>
    <message>
        <source>Declined to participate</source>
        <translation>Refus de participer</translation>
    </message>
    <message>
        <source>Other reasons</source>
        <translation>Autres raisons</translation>
    </message>
    <message>
        <source>Eligible, not randomized</source>
        <translation>Admissible, non randomisé</translation>
    </message>
    <message>
        <source>Lost to follow-up</source>
        <translation>Perdu de vue</translation>
    </message>
    <message>
        <source>Stopped the intervention</source>
        <translation>A cessé l&apos;intervention</translation>
    </message>
    <message>
        <source>Withdrew from follow-up</source>
        <translation>S&apos;est retiré du suivi</translation>
    </message>
    <message>
        <source>Withdrew consent to data use</source>
        <translation>A retiré son consentement à l&apos;utilisation des données</translation>
    </message>
    <message>
        <source>Randomized in error</source>
        <translation>Randomisé par erreur</translation>
    </message>
    <message>
        <source>No primary outcome (%1)</source>
        <translation>Critère d&apos;évaluation principal manquant (%1)</translation>
    </message>
    <message>
        <source>Withdrew before receiving it</source>
        <translation>S&apos;est retiré avant de la recevoir</translation>
    </message>
    <message>
        <source>Lost to follow-up before receiving it</source>
        <translation>Perdu de vue avant de la recevoir</translation>
    </message>
    <message>
        <source>No completed %1 recorded</source>
        <translation>%1&#xa0;: aucune visite effectuée consignée</translation>
    </message>
    <message>
        <source>Visit missed</source>
        <translation>Visite manquée</translation>
    </message>
    <message>
        <source>Visit cancelled (follow-up stopped)</source>
        <translation>Visite annulée (suivi arrêté)</translation>
    </message>
    <message>
        <source>Visit not done yet</source>
        <translation>Visite pas encore effectuée</translation>
    </message>
    <message>
        <source>Visit not scheduled</source>
        <translation>Visite non planifiée</translation>
    </message>
    <message>
        <source>(n = %1)</source>
        <translation>(n = %1)</translation>
    </message>
    <message>
        <source>other reasons</source>
        <translation>autres raisons</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Recrutement</translation>
    </message>
    <message>
        <source>Assessed for eligibility %1</source>
        <translation>Évalués pour l&apos;admissibilité %1</translation>
    </message>
    <message>
        <source>Excluded %1</source>
        <translation>Exclus %1</translation>
    </message>
    <message>
        <source>Randomized %1</source>
        <translation>Randomisés %1</translation>
    </message>
    <message>
        <source>of whom randomized in error %1</source>
        <translation>dont randomisés par erreur %1</translation>
    </message>
    <message>
        <source>Allocation</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Allocated to %1 %2</source>
        <translation>Répartis dans %1 %2</translation>
    </message>
    <message>
        <source>Received allocated intervention</source>
        <translation>Ont reçu l&apos;intervention attribuée</translation>
    </message>
    <message>
        <source>Did not receive allocated intervention</source>
        <translation>N&apos;ont pas reçu l&apos;intervention attribuée</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Lost to follow-up %1</source>
        <translation>Perdus de vue %1</translation>
    </message>
    <message>
        <source>Discontinued intervention %1</source>
        <translation>Intervention abandonnée %1</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Analysed %1</source>
        <translation>Analysés %1</translation>
    </message>
    <message>
        <source>Excluded from analysis %1</source>
        <translation>Exclus de l&apos;analyse %1</translation>
    </message>
    <message>
        <source>The CONSORT diagram could not be encoded as PNG.</source>
        <translation>Le diagramme CONSORT n&apos;a pas pu être encodé en PNG.</translation>
    </message>
    <message>
        <source>CONSORT flow diagram</source>
        <translation>Diagramme de flux CONSORT</translation>
    </message>
    <message>
        <source>Primary outcome visit: %1</source>
        <translation>Visite du critère d&apos;évaluation principal&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::CsvExportWriter</name>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>La saisie %1 est du formulaire %2, qui n&apos;a pas de définition dans cet espace de travail. Installez la définition du formulaire, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::DataExporter</name>
    <message>
        <source>Your role (%1) may not export trial data. Ask a statistician or the administrator.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;exporter les données de l&apos;essai. Adressez-vous à un statisticien ou à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>Your role (%1) may not export identifying data. Export without identities, or ask the administrator.</source>
        <translation>Votre rôle (%1) ne permet pas d&apos;exporter des données nominatives. Exportez sans les identités, ou adressez-vous à l&apos;administrateur.</translation>
    </message>
    <message>
        <source>An identifying export needs a reason (it is audited). Give one, for example the ethics approval it serves.</source>
        <translation>Une exportation nominative exige une raison (elle est consignée dans la piste de vérification). Indiquez-en une, par exemple l&apos;approbation éthique qu&apos;elle sert.</translation>
    </message>
    <message>
        <source>A reason is only asked for an identifying export. Remove it, or ask for identities.</source>
        <translation>Une raison n&apos;est demandée que pour une exportation nominative. Retirez-la, ou demandez les identités.</translation>
    </message>
    <message>
        <source>Audit records can only be exported in the ODM format. Choose ODM or leave them out.</source>
        <translation>Les enregistrements de vérification ne peuvent être exportés qu&apos;au format ODM. Choisissez ODM ou excluez-les.</translation>
    </message>
    <message>
        <source>Choose the folder to export into.</source>
        <translation>Choisissez le dossier où exporter.</translation>
    </message>
    <message>
        <source>The export was cancelled; its files were removed.</source>
        <translation>L&apos;exportation a été annulée&#x202f;; ses fichiers ont été supprimés.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportCatalog</name>
    <message>
        <source>The stored definition of form %1 version %2 cannot be read: %3</source>
        <translation>La définition enregistrée du formulaire %1 version %2 est illisible&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportDirectory</name>
    <message>
        <source>%1 is a file; give a folder for the export (it is created if missing).</source>
        <translation>%1 est un fichier&#x202f;; indiquez un dossier pour l&apos;exportation (il est créé s&apos;il n&apos;existe pas).</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Check that you may write there and that the disk is not full.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que vous pouvez y écrire et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>The folder %1 already holds %2 from another export. Choose an empty folder; an export never overwrites one.</source>
        <translation>Le dossier %1 contient déjà %2 d&apos;une autre exportation. Choisissez un dossier vide&#x202f;; une exportation n&apos;en écrase jamais une autre.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check the free disk space and export again.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Vérifiez l&apos;espace disque libre et exportez de nouveau.</translation>
    </message>
    <message>
        <source>Could not write the manifest %1: %2. Check the free disk space and export again.</source>
        <translation>Impossible d&apos;écrire le manifeste %1&#xa0;: %2. Vérifiez l&apos;espace disque libre et exportez de nouveau.</translation>
    </message>
    <message>
        <source>The export in %1 has no manifest; export again.</source>
        <translation>L&apos;exportation dans %1 n&apos;a pas de manifeste&#xa0;; exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ExportEntryStream</name>
    <message>
        <source>Could not read the form data to export.</source>
        <translation>Impossible de lire les données des formulaires à exporter.</translation>
    </message>
    <message>
        <source>Reading the form data to export failed part way.</source>
        <translation>La lecture des données des formulaires à exporter a échoué en cours de route.</translation>
    </message>
    <message>
        <source>The form data changed while it was being exported. Export again.</source>
        <translation>Les données des formulaires ont changé pendant l&apos;exportation. Relancez l&apos;exportation.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::OdmExportWriter</name>
    <message>
        <source>Could not write the ODM file %1: %2. Check the free disk space and export again.</source>
        <translation>Impossible d&apos;écrire le fichier ODM %1&#xa0;: %2. Vérifiez l&apos;espace disque libre et exportez de nouveau.</translation>
    </message>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>La saisie %1 est du formulaire %2, qui n&apos;a aucune définition dans cet espace de travail. Installez la définition du formulaire, puis exportez de nouveau.</translation>
    </message>
    <message>
        <source>Could not read the audit trail to export.</source>
        <translation>Impossible de lire la piste de vérification à exporter.</translation>
    </message>
    <message>
        <source>Reading the audit trail to export failed part way.</source>
        <translation>La lecture de la piste de vérification à exporter a échoué en cours de route.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::OutcomeReport</name>
    <message>
        <source>Outcome summary by arm</source>
        <translation>Résumé des résultats par bras</translation>
    </message>
    <message>
        <source>Continuous outcomes: n, mean (SD) per arm</source>
        <translation>Résultats continus&#xa0;: n, moyenne (ÉT) par bras</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1: n</source>
        <translation>%1&#xa0;: n</translation>
    </message>
    <message>
        <source>%1: mean (SD)</source>
        <translation>%1&#xa0;: moyenne (ÉT)</translation>
    </message>
    <message>
        <source>Difference %1 − %2 (95% CI, Welch)</source>
        <translation>Différence %1 − %2 (IC à 95&#xa0;%, Welch)</translation>
    </message>
    <message>
        <source>Yes/no outcomes: participants answering yes, of those answered</source>
        <translation>Résultats oui/non&#xa0;: participants ayant répondu oui, parmi ceux ayant répondu</translation>
    </message>
    <message>
        <source>%1: yes / n (%)</source>
        <translation>%1&#xa0;: oui / n (%)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 / %2 (%3%)</source>
        <translation>%1 / %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <extracomment>A difference of means and its confidence interval: &quot;2.1 (-0.3 to 4.4)&quot;.</extracomment>
        <translation>%1 (%2 à %3)</translation>
    </message>
    <message>
        <source>Participants with a value at each visit (randomized, not randomized in error; completed entries). Differences with a 95% confidence interval from Welch&apos;s t (unequal variances); no adjustment for stratification, baseline values or missing data. An interval is shown only when both arms have at least two values.</source>
        <translation>Participants ayant une valeur à chaque visite (randomisés, sauf ceux randomisés par erreur&#x202f;; saisies complètes). Différences avec un intervalle de confiance à 95&#xa0;% selon le t de Welch (variances inégales)&#x202f;; aucun ajustement pour la stratification, les valeurs initiales ou les données manquantes. Un intervalle n&apos;est affiché que lorsque les deux bras ont au moins deux valeurs.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RandomizationReport</name>
    <message>
        <source>verified</source>
        <translation>intacte</translation>
    </message>
    <message>
        <source>duplicate position</source>
        <translation>position en double</translation>
    </message>
    <message>
        <source>the stream gives %1</source>
        <translation>le flux donne %1</translation>
    </message>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the randomization report.</source>
        <translation>Votre rôle (%1) ne permet pas de consulter les rapports&#xa0;: adressez-vous à un administrateur si vous avez besoin du rapport de randomisation.</translation>
    </message>
    <message>
        <source>The randomization report shows every allocation and your role (%1) may not see the randomization log: ask a monitor, statistician or administrator for it.</source>
        <translation>Le rapport de randomisation montre chaque répartition, et votre rôle (%1) ne permet pas de voir le registre de randomisation&#xa0;: demandez-le à un moniteur, à un statisticien ou à un administrateur.</translation>
    </message>
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
        <source>Site</source>
        <translation>Site</translation>
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
        <source>Randomization report</source>
        <translation>Rapport de randomisation</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain head (SHA-256 of the last of %n audit entries): %1</source>
        <translation>
            <numerusform>Tête de la chaîne de vérification (SHA-256 de la dernière entrée de vérification, %n au total)&#xa0;: %1</numerusform>
            <numerusform>Tête de la chaîne de vérification (SHA-256 de la dernière des %n entrées de vérification)&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>gap in stratum %1 (stream lineage of design v%2): sequences %3 to %4 missing</source>
        <translation>trou dans la strate %1 (lignée de séquences du plan v%2)&#xa0;: séquences %3 à %4 manquantes</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RecruitmentReport</name>
    <message>
        <source>Your role (%1) may not view reports: ask an administrator if you need the recruitment report.</source>
        <translation>Votre rôle (%1) ne vous autorise pas à consulter les rapports&#xa0;: adressez-vous à un administrateur si vous avez besoin du rapport de recrutement.</translation>
    </message>
    <message>
        <source>Randomizations by site and month</source>
        <translation>Randomisations par site et par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Screening to randomization by site</source>
        <translation>De la présélection à la randomisation, par site</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Screened</source>
        <translation>Présélectionnés</translation>
    </message>
    <message>
        <source>Randomized</source>
        <translation>Randomisés</translation>
    </message>
    <message>
        <source>Screened per randomized</source>
        <translation>Présélectionnés par randomisé</translation>
    </message>
    <message>
        <source>Cumulative randomizations against the target</source>
        <translation>Randomisations cumulées par rapport à la cible</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumul</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>% of target</source>
        <translation>% de la cible</translation>
    </message>
    <message>
        <source>Randomized (cumulative)</source>
        <translation>Randomisés (cumul)</translation>
    </message>
    <message numerus="yes">
        <source>Target (%1 over %n months)</source>
        <translation>
            <numerusform>Cible (%1 sur %n mois)</numerusform>
            <numerusform>Cible (%1 sur %n mois)</numerusform>
        </translation>
    </message>
    <message>
        <source>Recruitment report</source>
        <translation>Rapport de recrutement</translation>
    </message>
    <message>
        <source>%1 screened, %2 randomized (target %3); %4 screened per randomized.</source>
        <translation>%1 présélectionnés, %2 randomisés (cible %3)&#x202f;; %4 présélectionnés par randomisé.</translation>
    </message>
    <message numerus="yes">
        <source>Planned recruitment period (protocol): %n months from %1.</source>
        <translation>
            <numerusform>Période de recrutement prévue (protocole)&#xa0;: %n mois à partir du %1.</numerusform>
            <numerusform>Période de recrutement prévue (protocole)&#xa0;: %n mois à partir du %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The protocol gives no recruitment period: the target line assumes %n months from the first screening (%1).</source>
        <translation>
            <numerusform>Le protocole ne donne aucune période de recrutement&#xa0;: la ligne cible suppose %n mois à partir de la première présélection (%1).</numerusform>
            <numerusform>Le protocole ne donne aucune période de recrutement&#xa0;: la ligne cible suppose %n mois à partir de la première présélection (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RedcapExportWriter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Entry %1 is of form %2, which has no definition in this workspace. Install the form&apos;s definition, then export again.</source>
        <translation>La saisie %1 est du formulaire %2, qui n&apos;a pas de définition dans cet espace de travail. Installez la définition du formulaire, puis exportez de nouveau.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ReportDocument</name>
    <message>
        <source>Generated by: %1</source>
        <translation>Généré par&#xa0;: %1</translation>
    </message>
    <message>
        <source>Data cut: not given</source>
        <translation>Date d&apos;extraction&#xa0;: non indiquée</translation>
    </message>
    <message>
        <source>Data cut: %1 (%2; %3 UTC)</source>
        <translation>Date d&apos;extraction&#xa0;: %1 (%2&#x202f;; %3 UTC)</translation>
    </message>
    <message>
        <source>%1 — %2 %3 — %4 — generated by %5</source>
        <translation>%1 — %2 %3 — %4 — généré par %5</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>Audit chain: %n entries, head %1</source>
        <translation>
            <numerusform>Chaîne de vérification&#xa0;: %n entrée, tête %1</numerusform>
            <numerusform>Chaîne de vérification&#xa0;: %n entrées, tête %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::ReportFiles</name>
    <message>
        <source>The report could not be written (%1): check the disk space, then try again.</source>
        <translation>Le rapport n&apos;a pas pu être écrit (%1)&#xa0;: vérifiez l&apos;espace disque, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::RetentionReport</name>
    <message>
        <source>Retention and visit completion by visit and arm</source>
        <translation>Rétention et réalisation des visites par visite et par bras</translation>
    </message>
    <message>
        <source>Visits by outcome; percentages of the planned visits, completion of the visits due</source>
        <translation>Visites selon leur statut&#x202f;; pourcentages des visites prévues, réalisation des visites dues</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Arm</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévues</translation>
    </message>
    <message>
        <source>Completed on time</source>
        <translation>Réalisées dans la fenêtre</translation>
    </message>
    <message>
        <source>Completed out of window</source>
        <translation>Réalisées hors fenêtre</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Manquées</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Pending (not yet due)</source>
        <translation>En attente (pas encore dues)</translation>
    </message>
    <message>
        <source>Completed of due</source>
        <translation>Réalisées / dues</translation>
    </message>
    <message>
        <source>All arms</source>
        <translation>Tous les bras</translation>
    </message>
    <message>
        <source>Visits every arm has, for randomized participants except those randomized in error. Overdue: the window has closed and nothing is recorded. Pending: the window has not closed at the data cut (site&apos;s calendar date). Due: planned minus pending.</source>
        <translation>Visites que tous les bras comportent, pour les participants randomisés, sauf ceux randomisés par erreur. En retard&#xa0;: la fenêtre est fermée et rien n&apos;est consigné. En attente&#xa0;: la fenêtre n&apos;est pas fermée à la date de coupure des données (date du calendrier du site). Dues&#xa0;: prévues moins en attente.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
</context>
<context>
    <name>trialdesk::reports::StatsSupport</name>
    <message>
        <source>The %1 report shows results by arm, which your role (%2) may not see. Ask the trial&apos;s statistician or an unblinded investigator for it.</source>
        <translation>Le rapport %1 présente les résultats par bras, que votre rôle (%2) ne permet pas de voir. Demandez-le au statisticien de l&apos;essai ou à un investigateur sans insu.</translation>
    </message>
    <message>
        <source>Could not read the item values for the report.</source>
        <translation>Impossible de lire les valeurs des items pour le rapport.</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <extracomment>A count and its percentage in a table cell, e.g. &quot;12 (40.0%)&quot;.</extracomment>
        <translation>%1 (%2&#xa0;%)</translation>
    </message>
    <message>
        <source>Descriptive summary of the data entered so far, not the trial&apos;s analysis.</source>
        <translation>Résumé descriptif des données saisies jusqu&apos;ici, et non l&apos;analyse de l&apos;essai.</translation>
    </message>
</context>
</TS>
