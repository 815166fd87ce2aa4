<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb_NO" sourcelanguage="en_US">
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
        <translation>Rediger firmaer i SuperOffice CRM, tilkoblet eller frakoblet.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
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
        <translation>Lisenser</translation>
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
        <translation>Prosjekt: %1</translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation>Rapporter et problem: %1</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation>Kopier versjonene og lisensene</translation>
    </message>
    <message>
        <source>Close About</source>
        <translation>Lukk Om-vinduet</translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation>ingen lisens er valgt ennå (LicenseRef-proprietary): depotet gir ingen rettigheter utover å bruke denne kopien</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation>Gateadresse</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Fylke</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Delstat</translation>
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
        <translation>Postnr./sted</translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation>Postnr./sted</translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation>Sted/postnr.</translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation>Fylke/postnr.</translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation>Delstat/postnr.</translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation>Sted/delstat/postnr.</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provins</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>As written</source>
        <translation>Slik den skrives</translation>
    </message>
    <message>
        <source>Change address</source>
        <translation>Endre adresse</translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation>(ingen adresse)</translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation>Bruker firmaets adresse.</translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation>Personen bruker firmaets adresse</translation>
    </message>
    <message>
        <source>%1 (street)</source>
        <translation>%1 (gate)</translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation>%1 (post)</translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation>Ikke i dette landets adresse (beholdes til du flytter eller fjerner dem):</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to</source>
        <translation>Flytt til</translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation>Flytt %1 til et annet felt</translation>
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
        <translation>Flytt %1 til %2</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation>Får ikke kontakt med serveren. Kontroller nettverkstilkoblingen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Serveren svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Forespørselen ble avbrutt.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation>Innloggingen ble ikke godtatt. Logg inn på nytt.</translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation>Du har ikke rettighet til å gjøre dette.</translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation>Firmaet finnes ikke på serveren. Det kan ha blitt slettet.</translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation>Noen andre har endret dette firmaet etter at du åpnet det.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Serveren avviste forespørselen.</translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation>Denne serveradressen er ikke riktig for SuperOffice-installasjonen din. Kontroller adressen i tilkoblingsinnstillingene.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Det oppstod et problem på serveren (HTTP %1). Prøv igjen senere.</translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation>Den sikre tilkoblingen til serveren kunne ikke bekreftes.</translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation>Serveren sendte et svar som programmet ikke kunne lese.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation>Svaret fra serveren var for stort.</translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation>Denne tilkoblingen ville sendt passordet ditt ukryptert. Bruk en https://-adresse, eller tillat vanlig HTTP uttrykkelig for denne tilkoblingen.</translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation>Serveren sendte forespørselen videre til en annen adresse. Programmet sender ikke påloggingsopplysningene dine dit.</translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation>Forespørselen mislyktes (HTTP %1).</translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation>Forespørselen mislyktes.</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Serveren svarte: %1</translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation>Dette firmaet hører til en annen tilkobling. Koble til den serveren igjen for å lagre det.</translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation>Forventet JSON, men fikk %1.</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>ingen innholdstype</translation>
    </message>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation>Ikke logget på SuperOffice Online ennå.</translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation>Ny pålogging til SuperOffice Online lyktes ikke.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(uten navn)</translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation>Sertifikat utstedt til %1 av %2, gyldig fra %3 til %4.</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation>SHA-256-fingeravtrykk: %1</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation>Utkastene ble ikke flyttet: %1 inneholder allerede en utkastdatabase. De blir liggende i %2.</translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation>Utkastene kunne ikke flyttes til %1. De blir liggende i %2.</translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation>Adressen %1 til påloggingstjenesten er ikke sikker (https kreves).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices påloggingstjeneste svarte ikke i tide.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation>SuperOffices påloggingstjeneste sendte et altfor stort svar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Den sikre forbindelsen til %1 mislyktes: %2</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation>SuperOffices påloggingstjeneste på %1 kan ikke nås (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation>SuperOffices påloggingstjeneste svarte med en videresending, som ikke følges.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice avviste: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice avviste: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices påloggingstjeneste svarte HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices påloggingstjeneste sendte noe annet enn forventet JSON.</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation>SuperOffices påloggingstjeneste svarte ikke i tide.</translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation>Påloggingen i nettleseren ble ikke fullført i tide.</translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation>Redigeringsprogrammet kan ikke ta imot svaret fra nettleseren: ingen port er ledig på 127.0.0.1.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger på …</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Ikke logget på</translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation>Dette svaret hører ikke til påloggingen Contact Editor startet. Du kan lukke denne siden.</translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation>Svaret fra nettleseren hører ikke til denne påloggingen (state er en annen), så det ble oversett. Logg på igjen.</translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation>Påloggingen ble avbrutt, eller tilgang ble nektet i nettleseren.</translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation>SuperOffice logget deg ikke på: %1</translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation>Du kan lukke denne siden.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation>Du er logget på SuperOffice. Du kan lukke denne siden og gå tilbake til Contact Editor.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation>SuperOffices påloggingstjeneste sendte ingen tilgangsnøkkel.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Påloggingen ble avbrutt.</translation>
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
        <translation>Forventet et JSON-objekt, men fikk %1.</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en matrise</translation>
    </message>
    <message>
        <source>a single value</source>
        <translation>en enkeltverdi</translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation>Forventet en JSON-matrise, men fikk %1.</translation>
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
        <translation>Henter landets adresseoppsett</translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Classification</source>
        <translation>Klassifisering</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Position and country</source>
        <translation>Stilling og land</translation>
    </message>
</context>
<context>
    <name>CommunicationSection</name>
    <message>
        <source>Communication</source>
        <translation>Kommunikasjon</translation>
    </message>
    <message>
        <source>example.com, example.no</source>
        <translation>eksempel.no, eksempel.com</translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation>Velg firma</translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation>&amp;Firmanavnet begynner med:</translation>
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
        <translation>Firmaer funnet</translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Velg</translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation>Velg det valgte firmaet</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation>Fant ikke noe firma.</translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n firma funnet.</numerusform>
            <numerusform>%n firmaer funnet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation>Endret på serveren også</translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation>Noen endret %1 på serveren mens du redigerte firmaet. Velg hvilken verdi som skal beholdes for hvert felt nedenfor.</translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation>De andre endringene deres tas inn som de er: %1.</translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation>Felt i konflikt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Dine</translation>
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
        <translation>Behold din verdi for %1: %2</translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation>Bruk serverens verdi for %1: %2</translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation>&amp;Lagre med disse verdiene</translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation>Behold alle &amp;dine</translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation>Ta alle fra &amp;serveren</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation>Tillat &amp;vanlig HTTP (sender passordet ukryptert)</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Husk passordet i systemets nøkkelring</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test tilkoblingen</translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation>Koble til SuperOffice</translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation>Tilkoblings&amp;navn</translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation>&amp;Serveradresse</translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation>Brukernavn og passord</translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation>SuperOffice-billett</translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation>Tilgangstoken (Online)</translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation>&amp;Innloggingsmetode</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Valgfritt</translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation>&amp;App-token</translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation>Samme som dette programmet</translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation>Serve&amp;rspråk</translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation>Valgfritt, f.eks. NO eller UTC</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>Ti&amp;dssone</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Tilkoblingsstatus</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Koble til</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>Bi&amp;llett</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Tilgangst&amp;oken</translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation>Advarsel: Med vanlig HTTP sendes passordet ditt ukryptert til %1.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Kobler til %1…</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Logget inn som %1.</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Fj&amp;ern</translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation>Lagrede tilkoblinger</translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation>Fjern lagret tilkobling</translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation>Fjern denne tilkoblingen og det lagrede passordet</translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation>La&amp;gret tilkobling</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Ny tilkobling</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Ko&amp;pier adressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Avbryt på&amp;logging</translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation>SuperOffice Online</translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation>Utvikling (SOD)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Test (Stage)</translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation>Annen adresse …</translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation>Hvor tenanten din kjører: SuperOffice Online for kunder, Utvikling (SOD) og Stage for utvikleres testtenanter</translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation>&amp;Miljø</translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation>Påloggings&amp;adresse</translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation>Klient-ID-en til applikasjonen som er registrert for Contact Editor i SuperOffices utviklerportal; SuperOffice-administratoren din kan gi deg den</translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation>Klient-i&amp;d</translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation>Bare hvis tenanten din krever det</translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation>Klienthemmeli&amp;ghet (valgfri)</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Pålogging i nettleseren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Påloggingsadresse som skal åpnes i nettleseren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopier påloggingsadressen</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Avbryt påloggingen</translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation>Slutt å vente på nettleseren (Esc)</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation>&amp;Forbli pålogget på denne datamaskinen</translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation>Tar vare på påloggingen i systemets nøkkelring, så nettleseren bare trengs når SuperOffice ber om det igjen</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation>Logg på med &amp;nettleseren</translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation>Skriv inn påloggingsadressen, for eksempel https://online.superoffice.com/login.</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Påloggingen ble avbrutt.</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>Kontakter %1 …</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Venter på at du logger på i nettleseren …</translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation>Hvis ingen side åpnet seg i nettleseren, åpner du denne adressen i nettleseren:</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation>Ingen nettleser kunne åpnes. Åpne denne adressen i nettleseren for å logge på:</translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation>Logget på %1 som %2</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation>Gi tilkoblingen et navn.</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>Skriv inn serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation>Skriv brukernavnet i eget felt, ikke i serveradressen.</translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation>Serveradressen kan ikke inneholde en spørring (?) eller et fragment (#).</translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation>Vanlig HTTP til %1 ville sendt passordet ditt ukryptert. Bruk https://, eller tillat usikker HTTP uttrykkelig for denne tilkoblingen.</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Skriv inn brukernavnet.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Skriv inn applikasjonens klient-ID fra SuperOffices utviklerportal.</translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation>Påloggingsadressen må begynne med https:// (eller http:// for en påloggingstjeneste på denne datamaskinen).</translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation>SuperOffice oppga en tenantadresse som ikke er https: %1.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>«%1» er ikke en nettadresse. Skriv inn serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation>«%1» er ikke en fullstendig adresse: begynn den med https://, for eksempel https://%1.</translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation>En SuperOffice-server nås ikke gjennom en «%1:»-adresse. Serveradressen må begynne med https:// (eller http:// for en server på denne datamaskinen).</translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation>«%1» angir ingen server. Skriv inn serveradressen, for eksempel https://sod2.superoffice.com/Cust12345.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Ikke lagret: Noen har også endret dette firmaet på serveren, og du har ikke valgt hvilke verdier som skal beholdes. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation>Et tidligere forsøk på å opprette dette firmaet fikk ikke svar, og nå finnes dette på serveren: %1. Ble firmaet opprettet den gangen?</translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation>Dette firmaet er merket som slettet i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation>Du kan se dette firmaet, men ikke endre det: %1</translation>
    </message>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation>Firmaet ble ikke lagret. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation>Firmaet kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation>Kunne ikke begynne på et nytt firma.</translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation>Dette firmaet finnes kanskje allerede: %1. Vil du åpne det eksisterende i stedet?</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Åpne %1</translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation>&amp;Behold det nye</translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Det eksisterende firmaet er åpnet i en egen fane. Dette nye ble ikke lagret; lukk det når du ikke trenger det lenger.</translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation>Søker</translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation>Søkeresultatet er ikke en liste over firmaer.</translation>
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
        <translation>Nytt firma</translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation>Du er frakoblet. Firmaet venter i utboksen og lagres når tilkoblingen er tilbake.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation>Serveren svarte ikke i tide. Firmaet venter i utboksen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation>Får ikke kontakt med serveren. Firmaet venter i utboksen.</translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation>Et tidligere forsøk på å opprette dette firmaet kan ha lyktes. Åpne det for å avgjøre.</translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation>Endre land til %1</translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation>Bruk reglene for %1</translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Oppretter firma</translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Oppretter person</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation>nøkkelringen er låst</translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation>tilgang til den ble nektet</translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation>den støtter ikke lagring av passord</translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation>ingen Secret Service kunne nås eller låses opp</translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation>Passordet kunne ikke slettes fra systemets nøkkelring.</translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation>Det er ikke lagret noe passord for denne tilkoblingen.</translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation>Systemets nøkkelring rapporterte en feil.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation>den svarte ikke i tide</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation>Systemets nøkkelring kan ikke brukes (%1). Passord holdes bare i minnet i denne økten, og du blir spurt om dem igjen neste gang.</translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation>Passordet kunne ikke leses: systemets nøkkelring kan ikke brukes (%1).</translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation>Systemets nøkkelring kan ikke brukes (%1). Passordet huskes bare i denne økten.</translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation>Passordet er glemt for denne økten, men systemets nøkkelring kan ikke brukes (%1), så en kopi som ble lagret der tidligere, kunne ikke slettes.</translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation>Logger inn</translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>Change %1</source>
        <translation>Endre «%1»</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation>Administratoren har gjort dette feltet skrivebeskyttet.</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Tall</translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation>Desimaltall</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dato og klokkeslett</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Avmerkingsboks</translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angitt</translation>
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
        <translation>Dette notatet har %L1 tegn: bare begynnelsen vises, slik at vinduet forblir raskt. Hele notatet beholdes og lagres som det er.</translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation>&amp;Rediger alt</translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation>Vis &amp;alt</translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation>Rediger hele notatet</translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation>Vis hele notatet</translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation>Det kan ta noen sekunder å vise et så langt notat.</translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation>Utkastdatabasen %1 kan ikke leses og kan heller ikke flyttes til side.</translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation>Utkastdatabasen kunne ikke leses. Den ble tatt vare på som %1, og en ny ble opprettet.</translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation>Utkastdatabasen %1 kan ikke åpnes.</translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation>Dette utkastet kan ikke leses (%1). Det beholdes uendret.</translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n endring i dette utkastet kunne ikke leses og ble utelatt.</numerusform>
            <numerusform>%n endringer i dette utkastet kunne ikke leses og ble utelatt.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>ikke et objekt</translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation>Legg til</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Opp</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ned</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Legg til i %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Fjern fra %1</translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation>Flytt opp i %1</translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation>Flytt ned i %1</translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation>Legg til en oppføring (Insert)</translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation>Fjern den valgte oppføringen (Delete)</translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation>Flytt den valgte oppføringen opp (Ctrl+Pil opp)</translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation>Flytt den valgte oppføringen ned (Ctrl+Pil ned)</translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation>Problemer i %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation>Denne oppføringen kan ikke fjernes</translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation>%1: avvises, e-post dit kommer i retur</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Påkrevd</translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation>Beriker firma</translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Tilbake</translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation>Se &amp;gjennom endringer &gt;</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Bruk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation>Berik %1</translation>
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
        <translation>Treff</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation>Foreslåtte endringer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nå</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslått</translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation>Berikelsestjenesten fant ikke noe firma med navnet «%1». Prøv en annen stavemåte.</translation>
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
        <translation>Nettadresse</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Bransje</translation>
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
        <translation>Berikelsestjenesten har ikke noe nytt om dette firmaet.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n endring er foreslått. Fjern avmerkingen for det du ikke vil ha; endringer i felt du har redigert selv, er ikke avmerket.</numerusform>
            <numerusform>%n endringer er foreslått. Fjern avmerkingen for det du ikke vil ha; endringer i felt du har redigert selv, er ikke avmerket.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation>Du kan ikke endre dette feltet.</translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation>Du har endret dette selv; verdien din beholdes med mindre du krysser av her.</translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation>Berik firma</translation>
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
        <translation>Nei</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>street</source>
        <translation>gateadresse</translation>
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
        <translation>Endre «%1»</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til «%1»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern «%1»</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>Flytt «%1»</translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation>Endringer som noen har gjort på serveren, ble tatt inn før lagring: %1.</translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation>Endringene dine kunne ikke skrives til utkastlageret på denne datamaskinen: %1. Lagre dem på serveren så snart du kan.</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation>Ja, åpne %1</translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation>Nei, &amp;opprett det</translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation>Fyll ut de påkrevde feltene før du lagrer: %1.</translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation>Lagringen ble avbrutt. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Avbrutt.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation>&amp;Logg inn…</translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation>Ikke en gyldig e-postadresse (navn@eksempel.no).</translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation>Ikke en gyldig nettadresse (www.eksempel.no).</translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation>Et telefonnummer kan bare inneholde sifre, mellomrom, +, -, ( ) og /.</translation>
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
        <translation>Faks</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Legg til «%1»</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern «%1»</translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation>Avvises: e-post til denne adressen kommer i retur.</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Endre «%1»</translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation>Serveren svarte med en person-ID som ingen person kan ha (%1).</translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation>Serveren svarte med en firma-ID som ikke noe firma kan ha (%1).</translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation>Serveren sa ikke hvilken person den lagret.</translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation>Serveren sa ikke hvilket firma den lagret.</translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation>Serveren svarte med en person uten ID i stedet for person %1.</translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation>Serveren svarte med et firma uten ID i stedet for firma %1.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation>Serveren svarte med person %1 i stedet for en ny person.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation>Serveren svarte med firma %1 i stedet for et nytt firma.</translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation>Serveren svarte med person %1 i stedet for person %2.</translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation>Serveren svarte med firma %1 i stedet for firma %2.</translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation>Venter på din avgjørelse</translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Endret på serveren også: %n felt trenger din avgjørelse.</numerusform>
            <numerusform>Endret på serveren også: %n felt trenger din avgjørelse.</numerusform>
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
        <translation>Teksten inneholder tegn som endrer hvordan den vises (hvert av dem vises som � her): %1
Klikk for å fjerne dem.</translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation>&amp;Avdeling</translation>
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
        <translation>&amp;Bransje</translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation>&amp;Land</translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation>V&amp;år kontakt</translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation>S&amp;upportkontakt</translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation>Henvendelsespr&amp;ioritet</translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation>Kunde&amp;språk</translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation>Ingen utsendin&amp;ger</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otat</translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation>Firma-ID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Opprettet</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Opprettet av</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Oppdatert</translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation>Oppdatert av</translation>
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
        <translation>&amp;Telefoner</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation>E-&amp;postadresser</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-postadresse</translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation>Nett&amp;adresser</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Nettadresse</translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation>Fa&amp;kser</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Faks</translation>
    </message>
    <message>
        <source>Domain&amp;s</source>
        <translation>Domene&amp;r</translation>
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
        <source>Persons</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Egendefinerte felt</translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation>Returnert e-post</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanje</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Egendefinert felt %1</translation>
    </message>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation>Herr/f&amp;ru</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation>Mello&amp;mnavn</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Tittel</translation>
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
        <translation>Person&amp;nummer</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>F&amp;irma</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Fø&amp;dselsdato</translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation>Slu&amp;ttet</translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation>Person-ID</translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation>&amp;Kontortelefoner</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>Kontortelefon</translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation>Mo&amp;biltelefoner</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation>&amp;Private telefoner</translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation>Privat telefon</translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation>&amp;Andre telefoner</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Annen telefon</translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation>&amp;Bruker egen adresse</translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation>Du har ikke rettighet til å opprette denne posten.</translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation>Du har ikke rettighet til å endre denne posten.</translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation>Du har ikke rettighet til å endre dette feltet.</translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation>Du har ikke rettighet til å se dette feltet.</translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation>Åpner firma</translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation>Henter de egendefinerte feltene</translation>
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
        <translation>Ser etter duplikater</translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation>Åpner person</translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation>Henter forhåndsvisning</translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation>Henter oppsettet for de egendefinerte feltene</translation>
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
        <translation>SuperOffices pålogging sendte en identitetsnøkkel som ikke kan leses.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation>SuperOffices pålogging sendte en usignert identitetsnøkkel.</translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation>Identitetsnøkkelen er ment for en annen applikasjon.</translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation>Identitetsnøkkelen ble utstedt av noen andre enn %1.</translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation>Identitetsnøkkelen er utløpt. Kontroller klokken på denne datamaskinen, og logg på igjen.</translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation>Identitetsnøkkelen er ikke gyldig ennå. Kontroller klokken på denne datamaskinen.</translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation>Identitetsnøkkelen hører ikke til denne påloggingen (nonce er en annen). Logg på igjen.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation>SuperOffices pålogging sa ikke hvilken tenant du logget på.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation>SuperOffices pålogging oppga en WebAPI-adresse som ikke kan brukes: %1</translation>
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
        <source>Add interest %1</source>
        <translation>Legg til interessen %1</translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation>Fjern interessen %1</translation>
    </message>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation>Tilbys ikke lenger; beholdes fordi det er valgt</translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation>Interesser og utsendelser</translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation>Firmaet ønsker ikke reklame</translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation>Personen ønsker ikke reklame</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contact Editor</source>
        <translation>Contact Editor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation>&amp;Om Contact Editor</translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation>Finn et firma til venstre (%1), eller opprett et nytt (%2).</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Tilkobling</translation>
    </message>
    <message>
        <source>Network state</source>
        <translation>Nettverksstatus</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Utboks</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Ikke tilkoblet</translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation>&amp;Nytt firma</translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation>&amp;Finn firma…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation>Lagre all&amp;e</translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation>Fo&amp;rkast endringer</translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation>&amp;Se gjennom endringer…</translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation>Se gjennom alle &amp;usendte endringer…</translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation>K&amp;oble til…</translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation>Glem lagret &amp;passord</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation>F&amp;irma</translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation>&amp;Berik…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation>&amp;Neste firma</translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation>&amp;Forrige firma</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation>Berikelse krever tilkobling til SuperOffice; du er frakoblet.</translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation>Åpne et firma for å berike det.</translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation>Du kan ikke endre dette firmaet.</translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation>Fyll inn adresse, telefoner og e-post fra berikelsestjenesten i SuperOffice (%1)</translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation>Frakoblet: endringene tas vare på og sendes senere</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Utboks (%1)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Det finnes ingen ulagrede endringer.</translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation> (utboks)</translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation> (må avgjøres)</translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation> (ikke lagret)</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Åpner…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Lagret %1.</translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation>Innloggingen ble ikke godtatt. Logg inn på nytt for å fortsette; endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation>Vil du forkaste alle endringer i %1 siden siste lagring?</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation>Vil du lagre endringene i %1 før du lukker?</translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation>Vil du lagre endringene i %1 før du avslutter?</translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Logger inn på %1…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Ikke tilkoblet: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation>Logget inn som %1 på %2</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Pålogging i nettleseren</translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation>Påloggingsadresse som skal åpnes i nettleseren</translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation>Ko&amp;pier adressen</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Kopier påloggingsadressen</translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation>Avbryt på&amp;logging</translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation>Logg på &amp;igjen</translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation>SuperOffice ber deg logge på igjen: fullfør i nettleseren. Endringene dine tas vare på. Hvis ingen side åpnet seg, åpner du denne adressen:</translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation>SuperOffice ber deg logge på igjen, men ingen nettleser kunne åpnes. Åpne denne adressen i nettleseren; endringene dine tas vare på:</translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation>Venter på at du logger på i nettleseren …</translation>
    </message>
    <message>
        <source>Open companies and persons</source>
        <translation>Åpne firmaer og personer</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Lukk fanen</translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation>Tilkoblingsproblem</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Prøv igjen</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Prøv å koble til igjen</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>Tilkoblings&amp;innstillinger …</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Tilkoblingsinnstillinger</translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation>Kan ikke koble til %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>Tømte %n hurtigbufret oppføring.</numerusform>
            <numerusform>Tømte %n hurtigbufrede oppføringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Inns&amp;tillinger …</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Usendte endringer</translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation>Usendte endringer (%1)</translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation>&amp;Usendte endringer</translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation>Laster utkastene som skal gjennomgås…</translation>
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
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation>SuperOffices påloggingstjeneste på %1 beskrev seg ikke selv.</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation>SuperOffices påloggingstjeneste oppga en adresse et annet sted (%1).</translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation>SuperOffices påloggingstjeneste kan ikke nås (%1).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation>SuperOffices påloggingstjeneste svarte HTTP %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation>SuperOffice avviste: %1.</translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation>SuperOffice avviste: %1 (%2).</translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation>SuperOffices påloggingstjeneste sendte noe annet enn forventet JSON.</translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation>Du logget på %1, men denne tilkoblingen er for %2. Logg på %2, eller koble til %1 som en egen tilkobling.</translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation>Du logget på som %1, men denne tilkoblingen tilhører %2. Logg på som %2.</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation>SuperOffice sier at tenanten ikke er på denne adressen, og det er ikke kjent hvilken tenant det er. Logg på igjen.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation>SuperOffice-tenanten din %1 er ikke tilgjengelig akkurat nå (%2).</translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation>SuperOffice oppga en ny adresse for tenanten som ikke kan brukes: %1</translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation>SuperOffice sier at tenanten fortsatt er på %1, men den verten avviser den.</translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation>SuperOffice-tenanten din er flyttet, og den nye adressen ble ikke funnet. %1</translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation>Påloggingen ble avbrutt.</translation>
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
        <translation>Personen ble ikke lagret. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation>Personen kunne ikke åpnes.</translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation>En ny person kunne ikke opprettes.</translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation>Ikke lagret: noen har også endret denne personen på serveren, og du har ikke valgt hvilke verdier som skal beholdes. Endringene dine er tatt vare på.</translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation>Firmaet har allerede en person med dette navnet: %1. Er det samme person?</translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation>Den eksisterende personen er åpnet i en egen fane. Denne nye ble ikke lagret; lukk den når du ikke trenger den lenger.</translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation>Denne personen er merket som slettet i SuperOffice.</translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation>Du kan se denne personen, men ikke endre den: %1</translation>
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
        <translation>En&amp;dre …</translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation>Endre firma</translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation>Flytt personen til et annet firma</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Ingen dato</translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation>Ingen dat&amp;o</translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation>Fjern fødselsdatoen</translation>
    </message>
    <message>
        <source>Change company</source>
        <translation>Endre firma</translation>
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
        <translation>Du er frakoblet. Personen venter i utboksen og lagres når forbindelsen er tilbake.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation>Serveren svarte ikke i tide. Personen venter i utboksen.</translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation>Serveren kan ikke nås. Personen venter i utboksen.</translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation>Firmaet har allerede en person med dette navnet. Åpne personen for å bestemme.</translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation>Sluttet</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stilling</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation>&amp;Åpne person</translation>
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
        <translation>Filtrer på navn, tittel, e-post eller telefon (%1)</translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation>Åpne den valgte personen</translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation>Åpne den valgte personen i en egen fane (Enter)</translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation>Ny person i dette firmaet</translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation>Legg til en ny person i dette firmaet (%1)</translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation>Lagre firmaet før du legger til personer i det.</translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation>Postinformasjon</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ikke lagret ennå</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ingen</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Skrivebeskyttet: %1</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation>lagt til</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>fjernet</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>endret</translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation>&amp;Forkast endring</translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation>Se gjennom endringer i %1</translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation>Se gjennom alle endringer</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringer</translation>
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
        <translation>Etter</translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation>Sett det valgte feltet tilbake slik det var (Delete)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation>&amp;Lagre alle</translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation>i utboksen</translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation>venter på avgjørelsen din</translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation>ikke lagret: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation>Det finnes ingen ulagrede endringer.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n endring er ikke lagret ennå. Velg den og trykk Delete for å forkaste den.</numerusform>
            <numerusform>%n endringer er ikke lagret ennå. Velg en og trykk Delete for å forkaste den.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation>Forkast endring i %1</translation>
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
        <translation>Påkrevd</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Påkrevd: %1</translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation>Oppretter firma</translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation>Lagrer firma</translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation>Oppretter person</translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation>Lagrer person</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation>Finn fir&amp;ma</translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation>Navnet begynner med…</translation>
    </message>
    <message>
        <source>Find company</source>
        <translation>Finn firma</translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation>Firmaer som passer</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>N&amp;ylige</translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation>Nylig brukte firmaer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Søker…</translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation>Ingen firmanavn begynner med «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n treff</numerusform>
            <numerusform>%n treff</numerusform>
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
        <translation>&amp;Velg …</translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation>&amp;Standard</translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation>&amp;Tøm hurtigbufrede data …</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation>Språket i programmet og i tekstene som hentes fra serveren</translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation>Den sist brukte</translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation>%1 (ikke lenger lagret)</translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation>Koble til ved &amp;oppstart</translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation>Datamappen</translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation>Lagre &amp;utkast i</translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation>Velg mappe for utkast</translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation>Lagre utkast i datamappen</translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation>Hurtigbuffer for frakoblet bruk</translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation>Lister, feltdefinisjoner og firmaer som tas vare på for arbeid uten tilkobling. Utkast og usendte endringer tømmes aldri.</translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation>Tøm hurtigbufrede data</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Lagre innstillingene</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation>Det nye språket brukes når Contact Editor startes på nytt, både for programmets egne tekster og for det som hentes fra serveren. Ingenting går tapt ved omstarten.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation>En endring trer i kraft når Contact Editor startes på nytt.</translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation>Utkastene flyttes til denne mappen når Contact Editor startes på nytt; til da blir de liggende der de er.</translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation>En endring trer i kraft når Contact Editor startes på nytt; utkastene flyttes med.</translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation>Lagre utkast i</translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation>Vil du fjerne listene, feltdefinisjonene og firmaene som er tatt vare på for arbeid uten tilkobling? De hentes på nytt ved behov. Utkastene og de usendte endringene dine blir værende.</translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation>Hurtigbufferen kunne ikke tømmes: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>Tømte %n hurtigbufret oppføring. Utkast og usendte endringer ble beholdt.</numerusform>
            <numerusform>Tømte %n hurtigbufrede oppføringer. Utkast og usendte endringer ble beholdt.</numerusform>
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
        <translation>Nei</translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation>Sender…</translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation>I utboksen</translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation>Trenger din avgjørelse</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kan ikke leses</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ikke sendt ennå</translation>
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
        <translation>Hva som er endret</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation>Sist endret</translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation>Ingenting er endret</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n til</numerusform>
            <numerusform>%1 og %n til</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Ny person</translation>
    </message>
    <message>
        <source>New company</source>
        <translation>Nytt firma</translation>
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
        <translation>Laster…</translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation>Gå gjennom a&amp;lle…</translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation>Send all&amp;e</translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation>Usendte endringer</translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation>Åpne den valgte i en fane (Enter)</translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation>Gå gjennom hver usendt endring før den sendes</translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation>Send alle usendte endringer til SuperOffice</translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n firma eller person med endringer som ikke er på serveren ennå.</numerusform>
            <numerusform>%n firmaer og personer med endringer som ikke er på serveren ennå.</numerusform>
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
        <translation>Tilkoblingen er tilbake.</translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation>Sender utboksen: %1 av %2…</translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation>Utboks: %1 lagret, %2 ikke lagret (se gjennomgangen).</translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Utboks: %n firma lagret.</numerusform>
            <numerusform>Utboks: %n firmaer lagret.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation>Endringene dine kan ikke lagres lokalt på denne datamaskinen i denne økten.</translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation>Koble til SuperOffice for å begynne.</translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation>Firmaene fra den forrige tilkoblingen ble lukket; utkastene deres er tatt vare på.</translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation>Det lagrede passordet ble fjernet fra nøkkelringen.</translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation>%1 (SuperOffice Online)</translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation>SuperOffice flyttet tenanten din til %1; redigeringsprogrammet arbeider nå der.</translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation>Du er logget ut. Det du ikke har lagret, tas vare på på denne datamaskinen.</translation>
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
        <translation>Rediger firmaer i SuperOffice CRM, tilkoblet eller frakoblet.

Ved bruk fra skript kan passordet, billetten eller tokenet hentes fra miljøvariabelen CONTACT_EDITOR_SECRET.</translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation>SuperOffice-adressen, f.eks. https://sod2.superoffice.com/Cust12345.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Brukernavnet.</translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation>Åpne firmaet med denne ID-en.</translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation>--contact krever en firma-ID (et positivt tall).</translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation>--server og --user må brukes sammen.</translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation>Hvordan logge på: basic, soticket, bearer eller online (standard basic). online logger på SuperOffice CRM Online i nettleseren.</translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>Med --auth online: applikasjonens klient-ID fra SuperOffices utviklerportal.</translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation>Med --auth online: online (standard), sod, stage eller adressen til en påloggingstjeneste (https, eller http på denne datamaskinen).</translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation>--auth online finner serveren og brukeren ved påloggingen; utelat --server og --user.</translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation>--auth online trenger --client-id, applikasjonens klient-ID fra SuperOffices utviklerportal.</translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation>--login må være online, sod, stage eller en https-adresse (http bare på denne datamaskinen).</translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation>--client-id og --login hører sammen med --auth online.</translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation>--auth må være basic, soticket, bearer eller online.</translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation>Mappe for utkast</translation>
    </message>
</context>
</TS>
