<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Contact Editor</source>
        <translation>Om Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor icon</source>
        <translation>Contact Editor-ikon</translation>
    </message>
    <message>
        <source>Contact Editor %1</source>
        <translation>Contact Editor %1</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.</source>
        <translation>Rediger firmaer i SuperOffice CRM, online eller offline.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (bygget med %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>System: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenser</translation>
    </message>
    <message>
        <source>Contact Editor: %1</source>
        <translation>Contact Editor: %1</translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); https://www.qt.io/licensing/</source>
        <translation>Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); https://www.qt.io/licensing/</translation>
    </message>
    <message>
        <source>QtKeychain: BSD 3-Clause License (BSD-3-Clause); https://github.com/frankosterfeld/qtkeychain</source>
        <translation>QtKeychain: BSD 3-Clause License (BSD-3-Clause); https://github.com/frankosterfeld/qtkeychain</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation>Rapportér et problem: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiér</translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation>Kopiér versioner og licenser</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Luk Om-vinduet</translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation>der er endnu ikke valgt nogen licens (LicenseRef-proprietary): repositoriet giver ingen rettigheder ud over brug af denne kopi</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation>Gadeadresse</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>Adresse 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adresse 2</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>Adresse 3</translation>
    </message>
    <message>
        <source>Postcode/City</source>
        <translation>Postnr./by</translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation>Postnr./by</translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation>By/postnr.</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation>Region/postnr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Delstat</translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation>Delstat/postnr.</translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation>By/delstat/postnr.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provins</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Område</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (gade)</translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation>%1 (post)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Sådan skrives den</translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation>Bruger firmaets adresse.</translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation>Ikke en del af dette lands adresse (bevares, indtil du flytter eller fjerner dem):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flyt til</translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation>Flyt %1 til et andet felt</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>Flyt %1 til %2</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Ændr adresse</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ingen adresse)</translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation>Personen bruger firmaets adresse</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Serveren kan ikke nås. Kontrollér din netværksforbindelse.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørgslen blev annulleret.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation>Dit login blev ikke godkendt. Log ind igen.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Du har ikke rettighed til at gøre dette.</translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation>Firmaet blev ikke fundet på serveren. Det er muligvis blevet slettet.</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation>En anden har ændret dette firma, efter du åbnede det.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Serveren afviste forespørgslen.</translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation>Denne serveradresse er ikke den rigtige for din SuperOffice-tenant. Kontrollér adressen i forbindelsesindstillingerne.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der opstod et problem på serveren (HTTP %1). Prøv igen senere.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Den sikre forbindelse til serveren kunne ikke bekræftes.</translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation>Serveren sendte et svar, som programmet ikke kunne læse.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Svaret fra serveren var for stort.</translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation>Denne forbindelse ville sende din adgangskode ukrypteret. Brug en https://-adresse, eller tillad udtrykkeligt ukrypteret HTTP for denne forbindelse.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation>Serveren omdirigerede forespørgslen til en anden adresse. Programmet sender ikke dine loginoplysninger dertil.</translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation>Dette firma hører til en anden forbindelse. Opret forbindelse til den server igen for at gemme det.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Forespørgslen mislykkedes (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Forespørgslen mislykkedes.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serveren svarede: %1</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation>Endnu ikke logget ind på SuperOffice Online.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(intet navn)</translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Certifikat udstedt til %1 af %2, gyldigt fra %3 til %4.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-fingeraftryk: %1</translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation>Det lykkedes ikke at logge ind på SuperOffice Online igen.</translation>
    </message>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation>Forventede JSON, men fik %1.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen indholdstype</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation>Kladderne blev ikke flyttet: %1 indeholder allerede en kladdedatabase. De bliver i %2.</translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation>Kladderne kunne ikke flyttes til %1. De bliver i %2.</translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation>Logintjenestens adresse %1 er ikke sikker (https er påkrævet).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices logintjeneste svarede ikke i tide.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation>SuperOffices logintjeneste sendte et alt for stort svar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den sikre forbindelse til %1 mislykkedes: %2</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation>SuperOffices logintjeneste på %1 kan ikke nås (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation>SuperOffices logintjeneste svarede med en omdirigering, som ikke følges.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice afviste: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice afviste: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices logintjeneste svarede HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices logintjeneste sendte noget andet end det forventede JSON.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices logintjeneste svarede ikke i tide.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Login i browseren blev ikke afsluttet i tide.</translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation>Programmet kan ikke modtage svaret fra browseren: ingen port er ledig på 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger ind …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget ind</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation>Dette svar hører ikke til det login, Contact Editor startede. Du kan lukke denne side.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation>Svaret fra browseren hører ikke til dette login (state er en anden), så det blev ignoreret. Log ind igen.</translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation>Login blev annulleret, eller adgang blev nægtet i browseren.</translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation>SuperOffice loggede dig ikke ind: %1</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>Du kan lukke denne side.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget ind</translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation>Du er logget ind på SuperOffice. Du kan lukke denne side og gå tilbage til Contact Editor.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation>SuperOffices logintjeneste sendte intet adgangstoken.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Login blev annulleret.</translation>
    </message>
</context>
<context>
    <name>CarrierCodec</name>
    <message>
        <source>The data is empty.</source>
        <translation>Dataene er tomme.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (%1 at byte %2).</source>
        <translation>Dataene er ikke gyldig JSON (%1 ved byte %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object but got %1.</source>
        <translation>Forventede et JSON-objekt, men fik %1.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>et array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>en enkelt værdi</translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation>Forventede et JSON-array, men fik %1.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>et objekt</translation>
    </message>
</context>
<context>
    <name>ChangeCountryJob</name>
    <message>
        <source>Getting the country&apos;s address layout</source>
        <translation>Henter landets adresselayout</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Position and country</source>
        <translation>Stilling og land</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassificering</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>CommunicationSection</name>
    <message>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <source>example.com, example.no</source>
        <translation>eksempel.dk, eksempel.com</translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation>Vælg firma</translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation>&amp;Firmanavnet begynder med:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Type a company&apos;s name</source>
        <translation>Skriv et firmanavn</translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation>Fundne firmaer</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Vælg</translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation>Vælg det markerede firma</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation>Intet firma fundet.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n firma fundet.</numerusform>
            <numerusform>%n firmaer fundet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Også ændret på serveren</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation>Nogen ændrede %1 på serveren, mens du redigerede. Vælg for hvert felt nedenfor, hvilken værdi der skal bevares.</translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation>Deres øvrige ændringer tages med, som de er: %1.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Felter i konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Din værdi</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>På serveren</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(tom)</translation>
    </message>
    <message>
        <source>Keep yours for %1: %2</source>
        <translation>Bevar din værdi for %1: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation>Brug serverens værdi for %1: %2</translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation>&amp;Gem med disse værdier</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Bevar alle &amp;dine</translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation>Tag alle fra ser&amp;veren</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Fjern</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation>Tillad ukrypteret &amp;HTTP (sender din adgangskode ukrypteret)</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>&amp;Kopiér adressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Annuller log&amp;in</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test forbindelsen</translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation>Opret forbindelse til SuperOffice</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Gemte forbindelser</translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation>Fjern gemt forbindelse</translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation>Fjern denne forbindelse og dens gemte adgangskode</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>&amp;Gemt forbindelse</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny forbindelse</translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation>Forbindelsens &amp;navn</translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation>SuperOffice Online</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Brugernavn og adgangskode</translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation>SuperOffice-billet</translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation>Adgangstoken (Online)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>Login&amp;metode</translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation>Udvikling (SOD)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Test (Stage)</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Anden adresse …</translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation>Hvor din tenant kører: SuperOffice Online for kunder, Udvikling (SOD) og Test (Stage) for udvikleres testtenants</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>Mil&amp;jø</translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation>Login&amp;adresse</translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation>Klient-id&apos;et for det program, der er registreret til Contact Editor i SuperOffices udviklerportal; din SuperOffice-administrator kan oplyse det</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>Klient-i&amp;d</translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation>Kun hvis din tenant kræver en</translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation>Klienthemmeligh&amp;ed (valgfri)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brugernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Adgangskode</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfrit</translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation>A&amp;pptoken</translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation>Samme som dette program</translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation>Serversp&amp;rog</translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation>Valgfrit, f.eks. NO eller UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Tids&amp;zone</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Forbindelsesstatus</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Login i browseren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Loginadresse, der skal åbnes i browseren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopiér loginadressen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuller login</translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation>Stop med at vente på browseren (Esc)</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>Forbliv &amp;logget ind på denne computer</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>H&amp;usk adgangskoden i systemets nøglering</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation>Gemmer login i systemets nøglering, så browseren kun er nødvendig, når SuperOffice beder om det igen</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Log ind med &amp;browseren</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Opret forbindelse</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>B&amp;illet</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Adgangsto&amp;ken</translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation>Angiv loginadressen, for eksempel https://online.superoffice.com/login.</translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation>Advarsel: Med ukrypteret HTTP sendes din adgangskode ukrypteret til %1.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Login blev annulleret.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Kontakter %1 …</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Opretter forbindelse til %1 …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Venter på, at du logger ind i browseren …</translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Hvis der ikke blev åbnet en side i browseren, skal du åbne denne adresse i browseren:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation>Der kunne ikke åbnes en browser. Åbn denne adresse i browseren for at logge ind:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget ind som %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Logget ind på %1 som %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Giv forbindelsen et navn.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Angiv programmets klient-id fra SuperOffices udviklerportal.</translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation>Loginadressen skal begynde med https:// (eller http:// for en logintjeneste på denne computer).</translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation>SuperOffice angav en tenantadresse, der ikke er https: %1.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation>Ukrypteret HTTP til %1 ville sende din adgangskode ukrypteret. Brug https://, eller tillad udtrykkeligt usikker HTTP for denne forbindelse.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Angiv brugernavnet.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>Angiv serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>»%1« er ikke en webadresse. Angiv serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation>»%1« er ikke en fuldstændig adresse: Begynd den med https://, for eksempel https://%1.</translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>En SuperOffice-server nås ikke via en »%1:«-adresse. Serveradressen skal begynde med https:// (eller http:// for en server på denne computer).</translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>»%1« angiver ingen server. Angiv serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Skriv brugernavnet i dets eget felt, ikke i serveradressen.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Serveradressen må ikke indeholde en forespørgsel (?) eller et fragment (#).</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation>Firmaet blev ikke gemt. Dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Firmaet kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation>Der kunne ikke påbegyndes et nyt firma.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Ikke gemt: Nogen har også ændret dette firma på serveren, og du har ikke valgt, hvilke værdier der skal bevares. Dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation>Et tidligere forsøg på at oprette dette firma fik intet svar, og serveren har nu: %1. Blev det oprettet dengang?</translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Det eksisterende firma er åbent i sin egen fane. Det nye blev ikke gemt; luk det, når du ikke længere har brug for det.</translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation>Dette firma er markeret som slettet i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation>Du kan se dette firma, men ikke ændre det: %1</translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation>Dette firma findes muligvis allerede: %1. Vil du åbne det eksisterende i stedet?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Åbn %1</translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation>&amp;Behold det nye</translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Søger</translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation>Søgeresultatet er ikke en liste over firmaer.</translation>
    </message>
</context>
<context>
    <name>ContactSession</name>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nyt firma</translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation>Du er offline. Firmaet venter i udbakken og gemmes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation>Serveren svarede ikke i tide. Firmaet venter i udbakken.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation>Serveren kan ikke nås. Firmaet venter i udbakken.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation>Et tidligere forsøg på at oprette dette firma er muligvis lykkedes. Åbn det for at afgøre det.</translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation>Skift land til %1</translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation>Anvend reglerne for %1</translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Opretter firma</translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Opretter person</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation>nøgleringen er låst</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>adgang til den blev nægtet</translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation>den understøtter ikke lagring af adgangskoder</translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation>ingen Secret Service kunne nås eller låses op</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Adgangskoden kunne ikke slettes fra systemets nøglering.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Der er ikke gemt nogen adgangskode for denne forbindelse.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Systemets nøglering rapporterede en fejl.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>den svarede ikke i tide</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Systemets nøglering kan ikke bruges (%1). Adgangskoder opbevares kun i hukommelsen i denne session, og du bliver spurgt om dem igen næste gang.</translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation>Adgangskoden kunne ikke læses: Systemets nøglering kan ikke bruges (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation>Systemets nøglering kan ikke bruges (%1). Adgangskoden huskes kun i denne session.</translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation>Adgangskoden er glemt for denne session, men systemets nøglering kan ikke bruges (%1), så en kopi, der tidligere blev gemt der, kunne ikke slettes.</translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation>Logger ind</translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation>Administratoren har gjort dette felt skrivebeskyttet.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ændr »%1«</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Værdi</translation>
    </message>
</context>
<context>
    <name>CustomFieldValue</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tal</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Decimaltal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslæt</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Afkrydsningsfelt</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>This note has %L1 characters: only its beginning is shown, so that the window stays quick. The whole note is kept, and saved as it is.</source>
        <translation>Denne bemærkning har %L1 tegn: Kun begyndelsen vises, så vinduet forbliver hurtigt. Hele bemærkningen bevares og gemmes, som den er.</translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation>&amp;Rediger det hele</translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation>Vis &amp;det hele</translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation>Rediger hele bemærkningen</translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation>Vis hele bemærkningen</translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation>Det kan tage nogle sekunder at vise en så lang bemærkning.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation>Kladdedatabasen %1 kan ikke læses og kan heller ikke flyttes til side.</translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Kladdedatabasen kunne ikke læses. Den blev gemt som %1, og en ny blev oprettet.</translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation>Kladdedatabasen %1 kan ikke åbnes.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation>Denne kladde kan ikke læses (%1). Den bevares uændret.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n ændring i denne kladde kunne ikke læses og blev udeladt.</numerusform>
            <numerusform>%n ændringer i denne kladde kunne ikke læses og blev udeladt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Op</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Føj til %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>Flyt op i %1</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>Flyt ned i %1</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Tilføj en post (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Fjern den markerede post (Delete)</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Flyt den markerede post op (Ctrl+Op)</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Flyt den markerede post ned (Ctrl+Ned)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problemer i %1</translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation>Denne post må ikke fjernes</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation>%1: afvises, mails dertil kommer retur</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation>Beriger firma</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbage</translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation>&amp;Gennemse ændringer &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anvend</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation>Berig %1</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Firma&amp;navn</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmanavn</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Resultater</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Eksempel</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Foreslåede ændringer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation>Berigelsestjenesten fandt intet firma med navnet »%1«. Prøv en anden stavemåde.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Websted</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (ny)</translation>
    </message>
    <message>
        <source>The enrichment service has nothing new for this company.</source>
        <translation>Berigelsestjenesten har intet nyt om dette firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n ændring foreslået. Fjern markeringen ved det, du ikke vil have; ændringer i felter, du selv har redigeret, er ikke markeret.</numerusform>
            <numerusform>%n ændringer foreslået. Fjern markeringen ved det, du ikke vil have; ændringer i felter, du selv har redigeret, er ikke markeret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation>Du må ikke ændre dette felt.</translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation>Du har selv ændret dette; din værdi bevares, medmindre du markerer det.</translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation>Berig firma</translation>
    </message>
</context>
<context>
    <name>EntityDiff</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gadeadresse</translation>
    </message>
    <message>
        <source>postal</source>
        <translation>postadresse</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n personer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDocument</name>
    <message>
        <source>Change %1</source>
        <translation>Ændr »%1«</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj »%1«</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern »%1«</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flyt »%1«</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation>Arbejder</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuller</translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation>Ændringer, som nogen har foretaget på serveren, blev taget med før gemning: %1.</translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation>Dine ændringer kunne ikke skrives til kladdelageret på denne computer: %1. Gem dem på serveren, så snart du kan.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Luk</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>Ja, åbn %1</translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation>Nej, &amp;opret det</translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation>Udfyld de obligatoriske felter, før du gemmer: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation>Gemningen blev annulleret. Dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulleret.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Log ind …</translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation>Ikke en gyldig e-mailadresse (navn@eksempel.dk).</translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation>Ikke en gyldig webadresse (www.eksempel.dk).</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation>Et telefonnummer må kun indeholde cifre, mellemrum, +, -, ( ) og /.</translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation>Afvises: mails til denne adresse kommer retur.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Ændr »%1«</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Telefax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Tilføj »%1«</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern »%1«</translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation>Serveren svarede med et person-id, som ingen person kan have (%1).</translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation>Serveren svarede med et firma-id, som intet firma kan have (%1).</translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation>Serveren oplyste ikke, hvilken person den gemte.</translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation>Serveren oplyste ikke, hvilket firma den gemte.</translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation>Serveren svarede med en person uden id i stedet for person %1.</translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation>Serveren svarede med et firma uden id i stedet for firma %1.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation>Serveren svarede med person %1 i stedet for en ny person.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation>Serveren svarede med firma %1 i stedet for et nyt firma.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation>Serveren svarede med person %1 i stedet for person %2.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation>Serveren svarede med firma %1 i stedet for firma %2.</translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Venter på din beslutning</translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Også ændret på serveren: %n felt kræver din beslutning.</numerusform>
            <numerusform>Også ændret på serveren: %n felter kræver din beslutning.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Remove hidden characters</source>
        <translation>Fjern skjulte tegn</translation>
    </message>
    <message>
        <source>This text holds characters that change how it is shown (each is shown as � here): %1
Click to remove them.</source>
        <extracomment>%1: the field&apos;s text with each hidden character shown as a replacement mark</extracomment>
        <translation>Teksten indeholder tegn, der ændrer, hvordan den vises (hvert vises her som �): %1
Klik for at fjerne dem.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation>Hr/&amp;Fr</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>F&amp;ornavn</translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation>Mellem&amp;navn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>Efterna&amp;vn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Stilling</translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation>&amp;Hilsen</translation>
    </message>
    <message>
        <source>Person n&amp;umber</source>
        <translation>&amp;Personnummer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Firm&amp;a</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>F&amp;ødselsdato</translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation>Fratr&amp;ådt</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation>Ingen &amp;udsendelser</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>B&amp;emærkning</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>Person-id</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Oprettet af</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Opdateret</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Opdateret af</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>E-&amp;mailadresser</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadresse</translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation>&amp;Direkte telefon</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Direkte telefon</translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation>Mo&amp;bil</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobil</translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation>Priva&amp;t</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation>&amp;Andre telefonnumre</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Andet telefonnummer</translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation>Telefa&amp;x</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Telefax</translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation>&amp;Websteder</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation>Bruger e&amp;gen adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesser</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Brugerdefinerede felter</translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation>Afvist e-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>&amp;Org. number</source>
        <translation>&amp;Org.nr.</translation>
    </message>
    <message>
        <source>Number &amp;1</source>
        <translation>Nummer &amp;1</translation>
    </message>
    <message>
        <source>Number &amp;2</source>
        <translation>Nummer &amp;2</translation>
    </message>
    <message>
        <source>&amp;Kana name</source>
        <translation>&amp;Kana-navn</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>Kate&amp;gori</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>&amp;Branche</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Vores kontakt</translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation>Vores servi&amp;cekontakt</translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation>Servicepr&amp;ioritet</translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation>Foretrukket &amp;sprog</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firma-id</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Domain&amp;s</source>
        <translation>&amp;Domæner</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Brugerdefineret felt %1</translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation>Du har ikke rettighed til at oprette denne post.</translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation>Du har ikke rettighed til at ændre denne post.</translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation>Du har ikke rettighed til at ændre dette felt.</translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation>Du har ikke rettighed til at se dette felt.</translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation>Åbner firma</translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation>Henter de brugerdefinerede felter</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Svaret er ikke en liste.</translation>
    </message>
</context>
<context>
    <name>GetDuplicatesJob</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>Søger efter dubletter</translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation>Åbner person</translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation>Henter eksempel</translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation>Henter layoutet for de brugerdefinerede felter</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Svaret er ikke en liste.</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>SuperOffice&apos;s sign-in sent an identity token that cannot be read.</source>
        <translation>SuperOffices login sendte et identitetstoken, der ikke kan læses.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation>SuperOffices login sendte et usigneret identitetstoken.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Identitetstokenet er beregnet til et andet program.</translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation>Identitetstokenet blev udstedt af en anden end %1.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Identitetstokenet er udløbet. Kontrollér uret på denne computer, og log derefter ind igen.</translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Identitetstokenet er ikke gyldigt endnu. Kontrollér uret på denne computer.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation>Identitetstokenet hører ikke til dette login (nonce er en anden). Log ind igen.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation>SuperOffices login oplyste ikke, hvilken tenant du loggede ind på.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation>SuperOffices login angav en WebAPI-adresse, der ikke kan bruges: %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>InterestListModel</name>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation>Tilbydes ikke længere; bevares, fordi den er valgt</translation>
    </message>
    <message>
        <source>Add interest %1</source>
        <translation>Tilføj interessen %1</translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Fjern interessen %1</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation>Interesser og udsendelser</translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation>Personen ønsker ikke reklame</translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation>Firmaet ønsker ikke reklame</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contact Editor</source>
        <translation>Contact Editor</translation>
    </message>
    <message>
        <source>Open companies and persons</source>
        <translation>Åbne firmaer og personer</translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation>Find et firma til venstre (%1), eller opret et nyt (%2).</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Login i browseren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Loginadresse, der skal åbnes i browseren</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>&amp;Kopiér adressen</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopiér loginadressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Annuller log&amp;in</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Forbindelsesproblem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igen</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Prøv at oprette forbindelse igen</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Forbindelses&amp;indstillinger …</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Forbindelsesindstillinger</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Forbindelse</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Netværksstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Udbakke</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke forbundet</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Logger ind på %1 …</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Ikke forbundet: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Logget ind som %1 på %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation>Kan ikke oprette forbindelse til %1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nyt firma</translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation>&amp;Find firma …</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation>Ge&amp;m alle</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>&amp;Kassér ændringer</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>G&amp;ennemse ændringer …</translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation>Gennemse alle ikke-&amp;sendte ændringer …</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Luk fane</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>&amp;Opret forbindelse …</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Log &amp;ind igen</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Log &amp;ud</translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation>Glem gem&amp;t adgangskode</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Fir&amp;ma</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Berig …</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation>&amp;Næste firma</translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation>&amp;Forrige firma</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation>&amp;Om Contact Editor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation>Berigelse kræver en forbindelse til SuperOffice; du er offline.</translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation>Åbn et firma for at berige det.</translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation>Du må ikke ændre dette firma.</translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation>Udfyld adresse, telefonnumre og e-mail fra SuperOffices berigelsestjeneste (%1)</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Offline: Ændringerne bevares og sendes senere</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Udbakke (%1)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Der er ingen ikke-gemte ændringer.</translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation> (udbakke)</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (skal afgøres)</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (ikke gemt)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åbner …</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 er gemt.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation>Dit login blev ikke godkendt. Log ind igen for at fortsætte; dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Kassér ændringer</translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation>Vil du kassere alle ændringer i %1, siden det sidst blev gemt?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ikke-gemte ændringer</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Vil du gemme ændringerne i %1, før du lukker?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Vil du gemme ændringerne i %1, før du afslutter?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Kladder</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation>SuperOffice beder dig logge ind igen: Afslut det i browseren. Dine ændringer er bevaret. Hvis der ikke blev åbnet en side i browseren, skal du åbne denne adresse:</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation>SuperOffice beder dig logge ind igen, men der kunne ikke åbnes en browser. Åbn denne adresse i browseren; dine ændringer er bevaret:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Venter på, at du logger ind i browseren …</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>%n cachelagret post er ryddet.</numerusform>
            <numerusform>%n cachelagrede poster er ryddet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>In&amp;dstillinger …</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Ikke-sendte ændringer</translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation>Ikke-sendte ændringer (%1)</translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation>&amp;Ikke-sendte ændringer</translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation>Indlæser kladderne, der skal gennemses …</translation>
    </message>
</context>
<context>
    <name>MdoListJob</name>
    <message>
        <source>Loading list</source>
        <translation>Henter liste</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Meddelelse</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation>SuperOffices logintjeneste på %1 beskrev ikke sig selv.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation>SuperOffices logintjeneste angav en adresse et andet sted (%1).</translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation>SuperOffices logintjeneste kan ikke nås (%1).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices logintjeneste svarede HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice afviste: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice afviste: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices logintjeneste sendte noget andet end det forventede JSON.</translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation>Du loggede ind på %1, men denne forbindelse er til %2. Log ind på %2, eller opret forbindelse til %1 som en separat forbindelse.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation>Du loggede ind som %1, men denne forbindelse tilhører %2. Log ind som %2.</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation>Ifølge SuperOffice er tenanten ikke på denne adresse, og det vides ikke, hvilken tenant det er. Log ind igen.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation>Din SuperOffice-tenant %1 er ikke tilgængelig lige nu (%2).</translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation>SuperOffice angav en ny adresse for tenanten, som ikke kan bruges: %1</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation>Ifølge SuperOffice er tenanten stadig på %1, men den vært afviser den.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation>Din SuperOffice-tenant er flyttet, og den nye adresse kunne ikke findes. %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Login blev annulleret.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person: %1</source>
        <extracomment>A person tab&apos;s tooltip: the person&apos;s name and company</extracomment>
        <translation>Person: %1</translation>
    </message>
    <message>
        <source>Person: %1, at %2</source>
        <translation>Person: %1, hos %2</translation>
    </message>
    <message>
        <source>The person was not saved. Your changes are kept.</source>
        <translation>Personen blev ikke gemt. Dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation>Personen kunne ikke åbnes.</translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation>Der kunne ikke påbegyndes en ny person.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Ikke gemt: Nogen har også ændret denne person på serveren, og du har ikke valgt, hvilke værdier der skal bevares. Dine ændringer er bevaret.</translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation>Firmaet har allerede en person med dette navn: %1. Er det den samme person?</translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Den eksisterende person er åben i sin egen fane. Den nye blev ikke gemt; luk den, når du ikke længere har brug for den.</translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation>Denne person er markeret som slettet i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation>Du kan se denne person, men ikke ændre den: %1</translation>
    </message>
</context>
<context>
    <name>PersonIdentitySection</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>S&amp;kift …</translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation>Skift firma</translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation>Flyt personen til et andet firma</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation>Ingen &amp;dato</translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation>Ryd fødselsdatoen</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Skift firma</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(intet firma)</translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>You are offline. The person waits in the outbox and is saved when the connection is back.</source>
        <translation>Du er offline. Personen venter i udbakken og gemmes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation>Serveren svarede ikke i tide. Personen venter i udbakken.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation>Serveren kan ikke nås. Personen venter i udbakken.</translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation>Firmaet har allerede en person med dette navn. Åbn personen for at afgøre det.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation>Fratrådt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Åbn person</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Ny &amp;person</translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation>Filtrer personer</translation>
    </message>
    <message>
        <source>Filter by name, title, e-mail or phone (%1)</source>
        <translation>Filtrer efter navn, titel, e-mail eller telefon (%1)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Åbn den markerede person</translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation>Åbn den markerede person i sin egen fane (Enter)</translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation>Ny person i dette firma</translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation>Føj en ny person til dette firma (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation>Gem firmaet, før du føjer personer til det.</translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation>Postoplysninger</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke gemt endnu</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation>tilføjet</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ændret</translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation>&amp;Kassér ændring</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Gennemse ændringer i %1</translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation>Gennemse alle ændringer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Ændringer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Før</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Efter</translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation>Sæt det markerede felt tilbage, som det var (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Gem</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Gem alle</translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation>i udbakken</translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation>kræver din beslutning</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>ikke gemt: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Der er ingen ikke-gemte ændringer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n ændring er ikke gemt endnu. Markér den, og tryk på Delete for at kassere den.</numerusform>
            <numerusform>%n ændringer er ikke gemt endnu. Markér en, og tryk på Delete for at kassere den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation>Kassér ændring i %1</translation>
    </message>
</context>
<context>
    <name>RightsApplier</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Skrivebeskyttet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatorisk</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Obligatorisk: %1</translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Opretter firma</translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation>Gemmer firma</translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Opretter person</translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation>Gemmer person</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation>Find fi&amp;rma</translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation>Navnet begynder med …</translation>
    </message>
    <message>
        <source>Find company</source>
        <translation>Find firma</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Matchende firmaer</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Historik</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>Senest brugte firmaer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søger …</translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation>Intet firmanavn begynder med »%1«.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultat</numerusform>
            <numerusform>%n resultater</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Firma %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vælg …</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>Stan&amp;dard</translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation>&amp;Ryd cachelagrede data …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation>Sproget i programmet og i de tekster, der hentes fra serveren</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Den senest brugte</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (ikke længere gemt)</translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation>Opret forbindelse ved s&amp;tart til</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>Datamappen</translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation>Gem &amp;kladder i</translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation>Vælg mappe til kladder</translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation>Gem kladder i datamappen</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offlinecache</translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation>Lister, feltdefinitioner og firmaer, der gemmes til arbejde offline. Kladder og ikke-sendte ændringer ryddes aldrig.</translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation>Ryd cachelagrede data</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Gem indstillingerne</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Luk uden at gemme</translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation>Det nye sprog bruges, når Contact Editor startes igen, både til programmets egne tekster og til det, der hentes fra serveren. Intet går tabt ved genstarten.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation>En ændring træder i kraft, når Contact Editor startes igen.</translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation>Kladderne flyttes til denne mappe, når Contact Editor startes igen; indtil da bliver de, hvor de er.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation>En ændring træder i kraft, når Contact Editor startes igen; kladderne flyttes med.</translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation>Gem kladder i</translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation>Vil du fjerne de lister, feltdefinitioner og firmaer, der er gemt til arbejde offline? De hentes igen efter behov. Dine kladder og ikke-sendte ændringer bevares.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>Cachen kunne ikke ryddes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>%n cachelagret post er ryddet. Kladder og ikke-sendte ændringer er bevaret.</numerusform>
            <numerusform>%n cachelagrede poster er ryddet. Kladder og ikke-sendte ændringer er bevaret.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation>Sender …</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>I udbakken</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Kræver din beslutning</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan ikke læses</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ikke sendt endnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Hvad der er ændret</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Sidst ændret</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Intet er ændret</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n mere</numerusform>
            <numerusform>%1 og %n mere</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nyt firma</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser …</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åbn</translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation>Gennemse a&amp;lle …</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Send a&amp;lle</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Ikke-sendte ændringer</translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation>Åbn den valgte i en fane (Enter)</translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation>Gennemse hver ikke-sendt ændring, før den sendes</translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation>Send alle ikke-sendte ændringer til SuperOffice</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n firma eller person med ændringer, der ikke er på serveren endnu.</numerusform>
            <numerusform>%n firmaer og personer med ændringer, der ikke er på serveren endnu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Alt er på serveren.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The connection is back.</source>
        <translation>Forbindelsen er tilbage.</translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation>Sender udbakken: %1 af %2 …</translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation>Udbakke: %1 gemt, %2 ikke gemt (se gennemsynet).</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Udbakke: %n firma gemt.</numerusform>
            <numerusform>Udbakke: %n firmaer gemt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation>Dine ændringer kan ikke gemmes lokalt på denne computer i denne session.</translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation>Opret forbindelse til dit SuperOffice for at begynde.</translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation>Firmaerne fra den forrige forbindelse blev lukket; deres kladder er bevaret.</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation>SuperOffice flyttede din tenant til %1; programmet arbejder nu der.</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation>Du er logget ud. Dit ikke-gemte arbejde er bevaret på denne computer.</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>Den gemte adgangskode blev fjernet fra nøgleringen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact Editor</source>
        <translation>Contact Editor</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.

For scripted use the password, ticket or token may come from the CONTACT_EDITOR_SECRET environment variable.</source>
        <translation>Rediger firmaer i SuperOffice CRM, online eller offline.

Ved brug fra scripts kan adgangskoden, billetten eller tokenet hentes fra miljøvariablen CONTACT_EDITOR_SECRET.</translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation>SuperOffice-adressen, f.eks. https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Brugernavnet.</translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation>Sådan logges der ind: basic, soticket, bearer eller online (standard basic). online logger ind på SuperOffice CRM Online i browseren.</translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Med --auth online: programmets klient-id fra SuperOffices udviklerportal.</translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation>Med --auth online: online (standard), sod, stage eller adressen på en logintjeneste (https, eller http på denne computer).</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Åbn firmaet med dette id.</translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation>--contact kræver et firma-id (et positivt tal).</translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation>--auth online finder serveren og brugeren ved login; udelad --server og --user.</translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>--auth online kræver --client-id, programmets klient-id fra SuperOffices udviklerportal.</translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation>--login skal være online, sod, stage eller en https-adresse (http kun på denne computer).</translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation>--client-id og --login hører sammen med --auth online.</translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation>--server og --user skal bruges sammen.</translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation>--auth skal være basic, soticket, bearer eller online.</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Mappe til kladder</translation>
    </message>
</context>
</TS>
