<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Contact Editor</source>
        <translation>Over Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor icon</source>
        <translation>Pictogram van Contact Editor</translation>
    </message>
    <message>
        <source>Contact Editor %1</source>
        <translation>Contact Editor %1</translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.</source>
        <translation>Bedrijven in SuperOffice CRM bewerken, online of offline.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (gebouwd met %2)</translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation>QtKeychain %1</translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation>Systeem: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licenties</translation>
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
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation>Een probleem melden: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation>Versies en licenties kopiëren</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Venster Over sluiten</translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation>er is nog geen licentie gekozen (LicenseRef-proprietary): de repository verleent geen rechten buiten het gebruik van deze kopie</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation>Bezoekadres</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>Adres 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>Adres 2</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>Adres 3</translation>
    </message>
    <message>
        <source>Postcode/City</source>
        <translation>Postcode/plaats</translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation>Postcode/plaats</translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation>Plaats/postcode</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Graafschap</translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation>Graafschap/postcode</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation>Staat/postcode</translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation>Plaats/staat/postcode</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincie</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (bezoekadres)</translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation>%1 (postadres)</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Zoals geschreven</translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation>Gebruikt het adres van het bedrijf.</translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation>Geen onderdeel van het adres van dit land (blijft bewaard totdat u het verplaatst of verwijdert):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Verplaatsen naar</translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation>%1 naar een ander veld verplaatsen</translation>
    </message>
    <message>
        <source>Drop</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation>%1 naar %2 verplaatsen</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Adres wijzigen</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(geen adres)</translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation>De persoon gebruikt het adres van het bedrijf</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>De server is niet bereikbaar. Controleer uw netwerkverbinding.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>De server heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation>Uw aanmelding is niet geaccepteerd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>U hebt niet het recht om dit te doen.</translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation>Het bedrijf is niet gevonden op de server. Mogelijk is het verwijderd.</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation>Iemand anders heeft dit bedrijf gewijzigd nadat u het opende.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>De server heeft het verzoek geweigerd.</translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation>Dit serveradres is niet het juiste voor uw SuperOffice-tenant. Controleer het adres in de verbindingsinstellingen.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Er is een probleem op de server opgetreden (HTTP %1). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>De beveiligde verbinding met de server kon niet worden geverifieerd.</translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation>De server stuurde een antwoord dat het programma niet kon lezen.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Het antwoord van de server was te groot.</translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation>Deze verbinding zou uw wachtwoord onversleuteld verzenden. Gebruik een https://-adres of sta onversleuteld HTTP uitdrukkelijk toe voor deze verbinding.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation>De server heeft het verzoek doorgestuurd naar een ander adres. Het programma stuurt uw aanmeldgegevens daar niet heen.</translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation>Dit bedrijf hoort bij een andere verbinding. Maak opnieuw verbinding met die server om het op te slaan.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Het verzoek is mislukt (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Het verzoek is mislukt.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>De server meldt: %1</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation>Nog niet aangemeld bij SuperOffice Online.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(geen naam)</translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Certificaat uitgegeven aan %1 door %2, geldig van %3 tot %4.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-vingerafdruk: %1</translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation>Opnieuw aanmelden bij SuperOffice Online is niet gelukt.</translation>
    </message>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation>JSON verwacht, maar %1 ontvangen.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>geen inhoudstype</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation>De concepten zijn niet verplaatst: %1 bevat al een conceptdatabase. Ze blijven in %2.</translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation>De concepten konden niet naar %1 worden verplaatst. Ze blijven in %2.</translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation>Het adres %1 van de aanmeldservice is niet veilig (https is vereist).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>De aanmeldservice van SuperOffice heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation>De aanmeldservice van SuperOffice stuurde een veel te groot antwoord.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>De beveiligde verbinding met %1 is mislukt: %2</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation>De aanmeldservice van SuperOffice op %1 is niet bereikbaar (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation>De aanmeldservice van SuperOffice antwoordde met een doorverwijzing, die niet wordt gevolgd.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice weigerde: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice weigerde: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>De aanmeldservice van SuperOffice antwoordde met HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>De aanmeldservice van SuperOffice stuurde iets anders dan de verwachte JSON.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>De aanmeldservice van SuperOffice heeft niet op tijd geantwoord.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>De aanmelding in de browser is niet op tijd voltooid.</translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation>Het programma kan het antwoord van de browser niet ontvangen: er is geen poort vrij op 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Bezig met aanmelden…</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Niet aangemeld</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation>Dit antwoord hoort niet bij de aanmelding die Contact Editor heeft gestart. U kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation>Het antwoord van de browser hoort niet bij deze aanmelding (de state wijkt af) en is daarom genegeerd. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation>De aanmelding is geannuleerd of de toegang is geweigerd in de browser.</translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation>SuperOffice heeft u niet aangemeld: %1</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>U kunt deze pagina sluiten.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation>U bent aangemeld bij SuperOffice. U kunt deze pagina sluiten en teruggaan naar Contact Editor.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation>De aanmeldservice van SuperOffice stuurde geen toegangstoken.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>De aanmelding is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>CarrierCodec</name>
    <message>
        <source>The data is empty.</source>
        <translation>De gegevens zijn leeg.</translation>
    </message>
    <message>
        <source>The data is not valid JSON (%1 at byte %2).</source>
        <translation>De gegevens zijn geen geldige JSON (%1 bij byte %2).</translation>
    </message>
    <message>
        <source>Expected a JSON object but got %1.</source>
        <translation>JSON-object verwacht, maar %1 ontvangen.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>een array</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>een enkele waarde</translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation>JSON-array verwacht, maar %1 ontvangen.</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>een object</translation>
    </message>
</context>
<context>
    <name>ChangeCountryJob</name>
    <message>
        <source>Getting the country&apos;s address layout</source>
        <translation>Adresindeling van het land ophalen</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Position and country</source>
        <translation>Positie en land</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Classificatie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>CommunicationSection</name>
    <message>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <source>example.com, example.no</source>
        <translation>voorbeeld.nl, voorbeeld.com</translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation>Bedrijf kiezen</translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation>&amp;Bedrijfsnaam begint met:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Type a company&apos;s name</source>
        <translation>Typ een bedrijfsnaam</translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation>Gevonden bedrijven</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Kiezen</translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation>Het geselecteerde bedrijf kiezen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation>Geen bedrijf gevonden.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n bedrijf gevonden.</numerusform>
            <numerusform>%n bedrijven gevonden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Ook gewijzigd op de server</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation>Iemand heeft %1 op de server gewijzigd terwijl u het bewerkte. Kies voor elk veld hieronder welke waarde u wilt behouden.</translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation>Hun overige wijzigingen worden ongewijzigd overgenomen: %1.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Velden met een conflict</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Uw waarde</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>Op de server</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message>
        <source>Keep yours for %1: %2</source>
        <translation>Uw waarde voor %1 behouden: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation>Waarde van de server voor %1 overnemen: %2</translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation>&amp;Opslaan met deze waarden</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Alle &amp;eigen waarden behouden</translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation>Alles van de ser&amp;ver overnemen</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Verw&amp;ijderen</translation>
    </message>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation>Onversleuteld &amp;HTTP toestaan (verzendt uw wachtwoord onversleuteld)</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Aanmelding annu&amp;leren</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbinding &amp;testen</translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation>Verbinden met SuperOffice</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Opgeslagen verbindingen</translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation>Opgeslagen verbinding verwijderen</translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation>Deze verbinding en het opgeslagen wachtwoord verwijderen</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>Opgeslagen ver&amp;binding</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nieuwe verbinding</translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation>&amp;Naam van de verbinding</translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation>SuperOffice Online</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Gebruikersnaam en wachtwoord</translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation>SuperOffice-ticket</translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation>Toegangstoken (Online)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>Aanmeld&amp;methode</translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation>Ontwikkeling (SOD)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Test (Stage)</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Ander adres…</translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation>Waar uw tenant draait: SuperOffice Online voor klanten, Ontwikkeling (SOD) en Test (Stage) voor testtenants van ontwikkelaars</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>Omg&amp;eving</translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation>Aanmeld&amp;adres</translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation>De client-ID van de applicatie die voor Contact Editor is geregistreerd in het ontwikkelaarsportaal van SuperOffice; uw SuperOffice-beheerder kan u deze geven</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>Client-I&amp;D</translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation>Alleen als uw tenant dit vereist</translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation>Client&amp;geheim (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradres</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation>&amp;App-token</translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation>Hetzelfde als dit programma</translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation>Se&amp;rvertaal</translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation>Optioneel, bijv. NO of UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Tijd&amp;zone</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Aanmelden in de browser</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Aanmeldadres om in uw browser te openen</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Het aanmeldadres kopiëren</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Aanmelding annuleren</translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation>Niet langer op de browser wachten (Esc)</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>Aangemeld &amp;blijven op deze computer</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Wachtwoord in de sleutelbos van het systeem &amp;onthouden</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation>Bewaart de aanmelding in de sleutelbos van het systeem, zodat de browser alleen nodig is wanneer SuperOffice er opnieuw om vraagt</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Aanmelden met de b&amp;rowser</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>Tic&amp;ket</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Toegangstok&amp;en</translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation>Voer het aanmeldadres in, bijvoorbeeld https://online.superoffice.com/login.</translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation>Waarschuwing: met onversleuteld HTTP wordt uw wachtwoord onversleuteld naar %1 verzonden.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>De aanmelding is geannuleerd.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Contact maken met %1…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinden met %1…</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw browser…</translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Als er geen browserpagina is geopend, opent u dit adres in uw browser:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation>Er kon geen browser worden geopend. Open dit adres in uw browser om u aan te melden:</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Aangemeld als %1.</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Aangemeld bij %1 als %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Geef de verbinding een naam.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Voer de client-ID van de applicatie uit het ontwikkelaarsportaal van SuperOffice in.</translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation>Het aanmeldadres moet beginnen met https:// (of http:// voor een aanmeldservice op deze computer).</translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation>SuperOffice gaf een tenantadres op dat geen https is: %1.</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation>Onversleuteld HTTP naar %1 zou uw wachtwoord onversleuteld verzenden. Gebruik https:// of sta onveilig HTTP uitdrukkelijk toe voor deze verbinding.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Voer de gebruikersnaam in.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>Voer het serveradres in, bijvoorbeeld https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>‘%1’ is geen webadres. Voer het serveradres in, bijvoorbeeld https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation>‘%1’ is geen volledig adres: begin het met https://, bijvoorbeeld https://%1.</translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>Een SuperOffice-server is niet bereikbaar via een ‘%1:’-adres. Het serveradres moet beginnen met https:// (of http:// voor een server op deze computer).</translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>‘%1’ noemt geen server. Voer het serveradres in, bijvoorbeeld https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Zet de gebruikersnaam in een eigen veld, niet in het serveradres.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Het serveradres mag geen query (?) of fragment (#) bevatten.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation>Het bedrijf is niet opgeslagen. Uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Het bedrijf kon niet worden geopend.</translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation>Er kon geen nieuw bedrijf worden begonnen.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Niet opgeslagen: iemand heeft dit bedrijf ook op de server gewijzigd en u hebt niet gekozen welke waarden u wilt behouden. Uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation>Een eerdere poging om dit bedrijf te maken kreeg geen antwoord, en op de server staat nu: %1. Is het toen gemaakt?</translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Het bestaande bedrijf is geopend in een eigen tabblad. Dit nieuwe is niet opgeslagen; sluit het wanneer u het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation>Dit bedrijf is in SuperOffice als verwijderd gemarkeerd.</translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation>U kunt dit bedrijf bekijken, maar niet wijzigen: %1</translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation>Dit bedrijf bestaat misschien al: %1. Het bestaande in plaats daarvan openen?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 openen</translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation>&amp;Nieuwe behouden</translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation>Het zoekresultaat is geen lijst met bedrijven.</translation>
    </message>
</context>
<context>
    <name>ContactSession</name>
    <message>
        <source>Company %1</source>
        <translation>Bedrijf %1</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation>U bent offline. Het bedrijf wacht in Postvak UIT en wordt opgeslagen zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation>De server heeft niet op tijd geantwoord. Het bedrijf wacht in Postvak UIT.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation>De server is niet bereikbaar. Het bedrijf wacht in Postvak UIT.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation>Een eerdere poging om dit bedrijf te maken is mogelijk gelukt. Open het om te beslissen.</translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation>Land wijzigen in %1</translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation>De regels van %1 toepassen</translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Bedrijf maken</translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Persoon maken</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation>de sleutelbos is vergrendeld</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>de toegang is geweigerd</translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation>deze ondersteunt het opslaan van wachtwoorden niet</translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation>er was geen Secret Service bereikbaar of te ontgrendelen</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Het wachtwoord kon niet uit de sleutelbos van het systeem worden verwijderd.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Er is geen wachtwoord opgeslagen voor deze verbinding.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>De sleutelbos van het systeem meldde een fout.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>deze heeft niet op tijd geantwoord</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>De sleutelbos van het systeem kan niet worden gebruikt (%1). Wachtwoorden worden alleen voor deze sessie in het geheugen bewaard en de volgende keer opnieuw gevraagd.</translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation>Het wachtwoord kon niet worden gelezen: de sleutelbos van het systeem kan niet worden gebruikt (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation>De sleutelbos van het systeem kan niet worden gebruikt (%1). Het wachtwoord wordt alleen voor deze sessie bewaard.</translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation>Het wachtwoord is voor deze sessie vergeten, maar de sleutelbos van het systeem kan niet worden gebruikt (%1), dus een kopie die daar eerder is opgeslagen kon niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation>Aanmelden</translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation>De beheerder heeft dit veld alleen-lezen gemaakt.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>‘%1’ wijzigen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Getal</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Decimaal getal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Selectievakje</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation>Niet ingesteld</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>This note has %L1 characters: only its beginning is shown, so that the window stays quick. The whole note is kept, and saved as it is.</source>
        <translation>Deze opmerking heeft %L1 tekens: alleen het begin wordt getoond, zodat het venster snel blijft. De hele opmerking blijft bewaard en wordt ongewijzigd opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation>&amp;Alles bewerken</translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation>&amp;Alles tonen</translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation>De hele opmerking bewerken</translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation>De hele opmerking tonen</translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation>Het tonen van zo&apos;n lange opmerking kan enkele seconden duren.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation>De conceptdatabase %1 kan niet worden gelezen en ook niet opzij worden gezet.</translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation>De conceptdatabase kon niet worden gelezen. Deze is bewaard als %1 en er is een nieuwe gestart.</translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation>De conceptdatabase %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>geen object</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation>Dit concept kan niet worden gelezen (%1). Het blijft ongewijzigd bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n wijziging in dit concept kon niet worden gelezen en is weggelaten.</numerusform>
            <numerusform>%n wijzigingen in dit concept konden niet worden gelezen en zijn weggelaten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Toevoegen aan %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Verwijderen uit %1</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>Omhoog verplaatsen in %1</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>Omlaag verplaatsen in %1</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Een item toevoegen (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Het geselecteerde item verwijderen (Delete)</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Het geselecteerde item omhoog verplaatsen (Ctrl+Pijl omhoog)</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Het geselecteerde item omlaag verplaatsen (Ctrl+Pijl omlaag)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problemen in %1</translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation>Dit item mag niet worden verwijderd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation>%1: onbestelbaar, e-mail naar dit adres komt terug</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation>Bedrijf verrijken</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; V&amp;orige</translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation>&amp;Wijzigingen controleren &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Toepassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation>%1 verrijken</translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation>Bedrijfs&amp;naam</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Bedrijfsnaam</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Voorgestelde wijzigingen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Voorgesteld</translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation>De verrijkingsservice heeft geen bedrijf met de naam ‘%1’ gevonden. Probeer een andere spelling.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Website</translation>
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
        <translation>Categorie</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>The enrichment service has nothing new for this company.</source>
        <translation>De verrijkingsservice heeft niets nieuws voor dit bedrijf.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n wijziging voorgesteld. Vink uit wat u niet wilt; wijzigingen in velden die u zelf hebt bewerkt, zijn uitgevinkt.</numerusform>
            <numerusform>%n wijzigingen voorgesteld. Vink uit wat u niet wilt; wijzigingen in velden die u zelf hebt bewerkt, zijn uitgevinkt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation>U mag dit veld niet wijzigen.</translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation>U hebt dit zelf gewijzigd; uw waarde blijft behouden tenzij u dit aanvinkt.</translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation>Bedrijf verrijken</translation>
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
        <translation>Nee</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>bezoekadres</translation>
    </message>
    <message>
        <source>postal</source>
        <translation>postadres</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n persoon</numerusform>
            <numerusform>%n personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDocument</name>
    <message>
        <source>Change %1</source>
        <translation>‘%1’ wijzigen</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>‘%1’ verwijderen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>‘%1’ verplaatsen</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation>Wijzigingen die iemand op de server heeft aangebracht, zijn vóór het opslaan overgenomen: %1.</translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation>Uw wijzigingen konden niet naar de conceptopslag op deze computer worden geschreven: %1. Sla ze zo snel mogelijk op de server op.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>Ja, %1 openen</translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation>Nee, &amp;maken</translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation>Vul de verplichte velden in voordat u opslaat: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation>Het opslaan is geannuleerd. Uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Aanmelden…</translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation>Geen geldig e-mailadres (naam@voorbeeld.nl).</translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation>Geen geldig webadres (www.voorbeeld.nl).</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation>Een telefoonnummer mag alleen cijfers, spaties, +, -, ( ) en / bevatten.</translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation>Onbestelbaar: e-mail naar dit adres komt terug.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>‘%1’ wijzigen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>‘%1’ toevoegen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>‘%1’ verwijderen</translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation>De server antwoordde met een persoons-ID die geen enkele persoon kan hebben (%1).</translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation>De server antwoordde met een bedrijfs-ID die geen enkel bedrijf kan hebben (%1).</translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation>De server heeft niet gemeld welke persoon is opgeslagen.</translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation>De server heeft niet gemeld welk bedrijf is opgeslagen.</translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation>De server antwoordde met een persoon zonder ID in plaats van persoon %1.</translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation>De server antwoordde met een bedrijf zonder ID in plaats van bedrijf %1.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation>De server antwoordde met persoon %1 in plaats van een nieuwe persoon.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation>De server antwoordde met bedrijf %1 in plaats van een nieuw bedrijf.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation>De server antwoordde met persoon %1 in plaats van persoon %2.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation>De server antwoordde met bedrijf %1 in plaats van bedrijf %2.</translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Wacht op uw beslissing</translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Ook gewijzigd op de server: %n veld heeft uw beslissing nodig.</numerusform>
            <numerusform>Ook gewijzigd op de server: %n velden hebben uw beslissing nodig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Remove hidden characters</source>
        <translation>Verborgen tekens verwijderen</translation>
    </message>
    <message>
        <source>This text holds characters that change how it is shown (each is shown as � here): %1
Click to remove them.</source>
        <extracomment>%1: the field&apos;s text with each hidden character shown as a replacement mark</extracomment>
        <translation>Deze tekst bevat tekens die veranderen hoe hij wordt weergegeven (hier elk als � getoond): %1
Klik om ze te verwijderen.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation>D&amp;hr./Mw.</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation>&amp;Tussenvoegsel</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Achternaam</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Functie</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>&amp;Positie</translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation>Begroet&amp;ing</translation>
    </message>
    <message>
        <source>Person n&amp;umber</source>
        <translation>Pers&amp;oonsnummer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>&amp;Bedrijf</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Geboortedat&amp;um</translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation>Voormalig wer&amp;knemer</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation>&amp;Geen mailings</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Op&amp;merking</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>Persoons-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Gemaakt door</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Bijgewerkt</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Bijgewerkt door</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>&amp;E-mailadressen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation>Direct telefoon&amp;nummer</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Direct telefoonnummer</translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation>&amp;Mobiel</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiel</translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation>Priv&amp;é</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation>Overige telefoonnummer&amp;s</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Overig telefoonnummer</translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation>Fa&amp;x</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation>&amp;Websites</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadres</translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation>Eigen a&amp;dres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Interests</source>
        <translation>Interesses</translation>
    </message>
    <message>
        <source>Interest</source>
        <translation>Interesse</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Aangepaste velden</translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation>Onbestelbare e-mail</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>&amp;Org. number</source>
        <translation>&amp;BTW-nr.</translation>
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
        <translation>&amp;Kana-naam</translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation>&amp;Categorie</translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation>Branc&amp;he</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>&amp;Onze contactpersoon</translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation>Onze &amp;servicemedewerker</translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation>Servicepr&amp;ioriteit</translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation>&amp;Voorkeurstaal</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Bedrijfs-ID</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation>Tele&amp;foon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Domain&amp;s</source>
        <translation>&amp;Domeinen</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Aangepast veld %1</translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation>U hebt niet het recht om dit record te maken.</translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation>U hebt niet het recht om dit record te wijzigen.</translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation>U hebt niet het recht om dit veld te wijzigen.</translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation>U hebt niet het recht om dit veld te zien.</translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation>Bedrijf openen</translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation>Aangepaste velden laden</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Het antwoord is geen lijst.</translation>
    </message>
</context>
<context>
    <name>GetDuplicatesJob</name>
    <message>
        <source>Looking for duplicates</source>
        <translation>Zoeken naar duplicaten</translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation>Persoon openen</translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation>Voorbeeld laden</translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation>Indeling van de aangepaste velden laden</translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation>Het antwoord is geen lijst.</translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>SuperOffice&apos;s sign-in sent an identity token that cannot be read.</source>
        <translation>De aanmelding van SuperOffice stuurde een identiteitstoken dat niet kan worden gelezen.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation>De aanmelding van SuperOffice stuurde een niet-ondertekend identiteitstoken.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Het identiteitstoken is bedoeld voor een andere applicatie.</translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation>Het identiteitstoken is uitgegeven door een ander dan %1.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Het identiteitstoken is verlopen. Controleer de klok van deze computer en meld u daarna opnieuw aan.</translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Het identiteitstoken is nog niet geldig. Controleer de klok van deze computer.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation>Het identiteitstoken hoort niet bij deze aanmelding (de nonce wijkt af). Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation>De aanmelding van SuperOffice heeft niet gemeld bij welke tenant u bent aangemeld.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation>De aanmelding van SuperOffice gaf een WebAPI-adres op dat niet kan worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
</context>
<context>
    <name>InterestListModel</name>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation>Wordt niet meer aangeboden; blijft bewaard omdat het is geselecteerd</translation>
    </message>
    <message>
        <source>Add interest %1</source>
        <translation>Interesse %1 toevoegen</translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Interesse %1 verwijderen</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation>Interesses en mailings</translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation>De persoon wil geen reclame</translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation>Het bedrijf wil geen reclame</translation>
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
        <translation>Geopende bedrijven en personen</translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation>Zoek links een bedrijf (%1) of maak een nieuw bedrijf (%2).</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Aanmelden in de browser</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Aanmeldadres om in uw browser te openen</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Adres &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Het aanmeldadres kopiëren</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Aanmelding annu&amp;leren</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Verbindingsprobleem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Opnieuw &amp;proberen</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Opnieuw proberen te verbinden</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Verbinding&amp;sinstellingen…</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Verbindingsinstellingen</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Netwerkstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Postvak UIT</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Niet verbonden</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Bezig met aanmelden bij %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Niet verbonden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Aangemeld als %1 bij %2</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation>Kan geen verbinding maken met %1. %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nieuw bedrijf</translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation>Bedrijf &amp;zoeken…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation>Alles op&amp;slaan</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Wijzigingen &amp;verwerpen</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>Wijzigingen &amp;controleren…</translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation>A&amp;lle niet-verzonden wijzigingen controleren…</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Tabblad sluiten</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>Ver&amp;binden…</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Opn&amp;ieuw aanmelden</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Af&amp;melden</translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation>Opgeslagen &amp;wachtwoord vergeten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Opnie&amp;uw</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>Bedrij&amp;f</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Verrijken…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation>&amp;Volgend bedrijf</translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation>Vo&amp;rig bedrijf</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation>&amp;Over Contact Editor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation>Verrijken vereist een verbinding met SuperOffice; u bent offline.</translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation>Open een bedrijf om het te verrijken.</translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation>U mag dit bedrijf niet wijzigen.</translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation>Adres, telefoonnummers en e-mail invullen vanuit de verrijkingsservice van SuperOffice (%1)</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Offline: wijzigingen worden bewaard en later verzonden</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Postvak UIT (%1)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Er zijn geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation> (Postvak UIT)</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (beslissen)</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (niet opgeslagen)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Bezig met openen…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 opgeslagen.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation>Uw aanmelding is niet geaccepteerd. Meld u opnieuw aan om verder te gaan; uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation>Alle wijzigingen in %1 sinds de laatste keer opslaan verwerpen?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Wijzigingen in %1 opslaan voordat u sluit?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Wijzigingen in %1 opslaan voordat u afsluit?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation>SuperOffice vraagt u zich opnieuw aan te melden: voltooi dit in uw browser. Uw wijzigingen blijven bewaard. Als er geen browserpagina is geopend, opent u dit adres:</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation>SuperOffice vraagt u zich opnieuw aan te melden, maar er kon geen browser worden geopend. Open dit adres in uw browser; uw wijzigingen blijven bewaard:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Wachten tot u zich aanmeldt in uw browser…</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>%n item in de cache gewist.</numerusform>
            <numerusform>%n items in de cache gewist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inst&amp;ellingen…</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Niet-verzonden wijzigingen</translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation>Niet-verzonden wijzigingen (%1)</translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation>&amp;Niet-verzonden wijzigingen</translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation>De te controleren concepten worden geladen…</translation>
    </message>
</context>
<context>
    <name>MdoListJob</name>
    <message>
        <source>Loading list</source>
        <translation>Lijst laden</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation>De aanmeldservice van SuperOffice op %1 heeft geen beschrijving van zichzelf gegeven.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation>De aanmeldservice van SuperOffice gaf een adres elders op (%1).</translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation>De aanmeldservice van SuperOffice is niet bereikbaar (%1).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>De aanmeldservice van SuperOffice antwoordde met HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice weigerde: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice weigerde: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>De aanmeldservice van SuperOffice stuurde iets anders dan de verwachte JSON.</translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation>U hebt zich aangemeld bij %1, maar deze verbinding is voor %2. Meld u aan bij %2 of maak verbinding met %1 als een aparte verbinding.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation>U hebt zich aangemeld als %1, maar deze verbinding is van %2. Meld u aan als %2.</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation>Volgens SuperOffice staat de tenant niet op dit adres, en welke tenant het is, is niet bekend. Meld u opnieuw aan.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation>Uw SuperOffice-tenant %1 is op dit moment niet beschikbaar (%2).</translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation>SuperOffice gaf een nieuw adres voor de tenant op dat niet kan worden gebruikt: %1</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation>Volgens SuperOffice staat de tenant nog steeds op %1, maar die host weigert hem.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation>Uw SuperOffice-tenant is verhuisd en het nieuwe adres kon niet worden gevonden. %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>De aanmelding is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person: %1</source>
        <extracomment>A person tab&apos;s tooltip: the person&apos;s name and company</extracomment>
        <translation>Persoon: %1</translation>
    </message>
    <message>
        <source>Person: %1, at %2</source>
        <translation>Persoon: %1, bij %2</translation>
    </message>
    <message>
        <source>The person was not saved. Your changes are kept.</source>
        <translation>De persoon is niet opgeslagen. Uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation>De persoon kon niet worden geopend.</translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation>Er kon geen nieuwe persoon worden begonnen.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Niet opgeslagen: iemand heeft deze persoon ook op de server gewijzigd en u hebt niet gekozen welke waarden u wilt behouden. Uw wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation>Het bedrijf heeft al een persoon met deze naam: %1. Is dit dezelfde persoon?</translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>De bestaande persoon is geopend in een eigen tabblad. Deze nieuwe is niet opgeslagen; sluit deze wanneer u hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation>Deze persoon is in SuperOffice als verwijderd gemarkeerd.</translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation>U kunt deze persoon bekijken, maar niet wijzigen: %1</translation>
    </message>
</context>
<context>
    <name>PersonIdentitySection</name>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>Wi&amp;jzigen…</translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation>Het bedrijf wijzigen</translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation>De persoon naar een ander bedrijf verplaatsen</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation>Geen da&amp;tum</translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation>De geboortedatum wissen</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Bedrijf wijzigen</translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation>(geen bedrijf)</translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Person %1</source>
        <translation>Persoon %1</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>You are offline. The person waits in the outbox and is saved when the connection is back.</source>
        <translation>U bent offline. De persoon wacht in Postvak UIT en wordt opgeslagen zodra de verbinding terug is.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation>De server heeft niet op tijd geantwoord. De persoon wacht in Postvak UIT.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation>De server is niet bereikbaar. De persoon wacht in Postvak UIT.</translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation>Het bedrijf heeft al een persoon met deze naam. Open de persoon om te beslissen.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation>Voormalig werknemer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Positie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Persoon openen</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Nie&amp;uwe persoon</translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation>Personen filteren</translation>
    </message>
    <message>
        <source>Filter by name, title, e-mail or phone (%1)</source>
        <translation>Filteren op naam, functie, e-mail of telefoon (%1)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>De geselecteerde persoon openen</translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation>De geselecteerde persoon in een eigen tabblad openen (Enter)</translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation>Nieuwe persoon bij dit bedrijf</translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation>Een nieuwe persoon aan dit bedrijf toevoegen (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation>Sla het bedrijf op voordat u er personen aan toevoegt.</translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation>Recordgegevens</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen-lezen: %1</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 door %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation>Wijziging &amp;verwerpen</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Wijzigingen in %1 controleren</translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation>Alle wijzigingen controleren</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Voor</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation>Het geselecteerde veld terugzetten zoals het was (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Alles opslaan</translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation>in Postvak UIT</translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation>heeft uw beslissing nodig</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>niet opgeslagen: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Er zijn geen niet-opgeslagen wijzigingen.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n wijziging is nog niet opgeslagen. Selecteer de wijziging en druk op Delete om deze te verwerpen.</numerusform>
            <numerusform>%n wijzigingen zijn nog niet opgeslagen. Selecteer er een en druk op Delete om deze te verwerpen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation>Wijziging in %1 verwerpen</translation>
    </message>
</context>
<context>
    <name>RightsApplier</name>
    <message>
        <source>Read-only: %1</source>
        <translation>Alleen-lezen: %1</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Alleen-lezen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Verplicht</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Verplicht: %1</translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Bedrijf maken</translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation>Bedrijf opslaan</translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Persoon maken</translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation>Persoon opslaan</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation>Bedrijf &amp;zoeken</translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation>Naam begint met…</translation>
    </message>
    <message>
        <source>Find company</source>
        <translation>Bedrijf zoeken</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Overeenkomende bedrijven</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>&amp;Recent</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>Recente bedrijven</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Bezig met zoeken…</translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation>Geen bedrijfsnaam begint met ‘%1’.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultaat</numerusform>
            <numerusform>%n resultaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation>Bedrijf %1</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standaard</translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation>Gegevens in cache &amp;wissen…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systeemstandaard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation>De taal van het programma en van de teksten die bij de server worden opgevraagd</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>De laatst gebruikte</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (niet meer opgeslagen)</translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation>Bij het starten verbinden &amp;met</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>De gegevensmap</translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation>&amp;Concepten bewaren in</translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation>Map voor concepten kiezen</translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation>Concepten in de gegevensmap bewaren</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Offlinecache</translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation>Lijsten, velddefinities en bedrijven die worden bewaard om offline te werken. Concepten en niet-verzonden wijzigingen worden nooit gewist.</translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation>Gegevens in cache wissen</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>De instellingen opslaan</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Sluiten zonder op te slaan</translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation>De nieuwe taal wordt gebruikt zodra Contact Editor opnieuw wordt gestart, voor de eigen teksten en voor wat bij de server wordt opgevraagd. Bij het herstarten gaat niets verloren.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation>Een wijziging wordt van kracht zodra Contact Editor opnieuw wordt gestart.</translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation>De concepten worden naar deze map verplaatst zodra Contact Editor opnieuw wordt gestart; tot dan blijven ze waar ze zijn.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation>Een wijziging wordt van kracht zodra Contact Editor opnieuw wordt gestart; de concepten verhuizen mee.</translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation>Concepten bewaren in</translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation>De lijsten, velddefinities en bedrijven verwijderen die worden bewaard om offline te werken? Ze worden opnieuw opgehaald wanneer dat nodig is. Uw concepten en niet-verzonden wijzigingen blijven bewaard.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>De cache kon niet worden gewist: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>%n item in de cache gewist. Concepten en niet-verzonden wijzigingen zijn bewaard.</numerusform>
            <numerusform>%n items in de cache gewist. Concepten en niet-verzonden wijzigingen zijn bewaard.</numerusform>
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
        <translation>Nee</translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation>Verzenden…</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>In Postvak UIT</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Wacht op uw beslissing</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan niet worden gelezen</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Nog niet verzonden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Laatst gewijzigd</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Niets gewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nieuw bedrijf</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Bedrijf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation>Alles &amp;controleren…</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Alles &amp;verzenden</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Niet-verzonden wijzigingen</translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation>De geselecteerde openen in een tabblad (Enter)</translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation>Elke niet-verzonden wijziging controleren voordat die wordt verzonden</translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation>Alle niet-verzonden wijzigingen naar SuperOffice verzenden</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n bedrijf of persoon met wijzigingen die nog niet op de server staan.</numerusform>
            <numerusform>%n bedrijven en personen met wijzigingen die nog niet op de server staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation>Alles staat op de server.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The connection is back.</source>
        <translation>De verbinding is terug.</translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation>Postvak UIT verzenden: %1 van %2…</translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation>Postvak UIT: %1 opgeslagen, %2 niet opgeslagen (zie het overzicht).</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Postvak UIT: %n bedrijf opgeslagen.</numerusform>
            <numerusform>Postvak UIT: %n bedrijven opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation>Uw wijzigingen kunnen in deze sessie niet op deze computer worden bewaard.</translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation>Maak verbinding met uw SuperOffice om te beginnen.</translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation>De bedrijven van de vorige verbinding zijn gesloten; hun concepten blijven bewaard.</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation>SuperOffice heeft uw tenant verplaatst naar %1; het programma werkt nu daar.</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation>U bent afgemeld. Uw niet-opgeslagen werk blijft bewaard op deze computer.</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>Het opgeslagen wachtwoord is uit de sleutelbos verwijderd.</translation>
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
        <translation>Bedrijven in SuperOffice CRM bewerken, online of offline.

Bij gebruik in scripts kan het wachtwoord, ticket of token uit de omgevingsvariabele CONTACT_EDITOR_SECRET komen.</translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation>Het SuperOffice-adres, bijv. https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>De gebruikersnaam.</translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation>Manier van aanmelden: basic, soticket, bearer of online (standaard basic). online meldt aan bij SuperOffice CRM Online in de browser.</translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Met --auth online: de client-ID van de applicatie uit het ontwikkelaarsportaal van SuperOffice.</translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation>Met --auth online: online (standaard), sod, stage of het adres van een aanmeldservice (https, of http op deze computer).</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Het bedrijf met deze ID openen.</translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation>--contact vereist een bedrijfs-ID (een positief getal).</translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation>--auth online vindt de server en gebruiker via de aanmelding; laat --server en --user weg.</translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>--auth online vereist --client-id, de client-ID van de applicatie uit het ontwikkelaarsportaal van SuperOffice.</translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation>--login moet online, sod, stage of een https-adres zijn (http alleen op deze computer).</translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation>--client-id en --login horen bij --auth online.</translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation>--server en --user horen bij elkaar.</translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation>--auth moet basic, soticket, bearer of online zijn.</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Map voor concepten</translation>
    </message>
</context>
</TS>
