<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Contact Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Editor icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Editor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact Editor: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt: GNU Lesser General Public License v3 (LGPL-3.0-only); https://www.qt.io/licensing/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QtKeychain: BSD 3-Clause License (BSD-3-Clause); https://github.com/frankosterfeld/qtkeychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the versions and licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no licence has been chosen yet (LicenseRef-proprietary): the repository grants no rights beyond using this copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode/City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code/City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City/Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County/Postcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State/Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City/State/Zip code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressSection</name>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses the company&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person uses the company&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (street)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (postal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this country&apos;s address (kept until you move or drop them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 to another field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server cannot be reached. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company was not found on the server. It may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this company after you opened it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server address is not the right one for your SuperOffice tenant. Check the address in the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent an answer the editor could not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection would send your password unencrypted. Use an https:// address, or allow plain HTTP for this connection explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected the request to another address, which the editor does not follow with your credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company belongs to another connection. Connect to that server again to save it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiJob</name>
    <message>
        <source>Expected JSON but got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no content type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to SuperOffice Online yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to SuperOffice Online again did not succeed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued to %1 by %2, valid from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>The drafts were not moved: %1 already holds a draft database. They stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be moved to %1. They stay in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthRequest</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in service&apos;s address %1 is not secure (https is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent an answer that is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 cannot be reached (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered with a redirect, which is not followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>SuperOffice&apos;s sign-in service did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser was not finished in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The editor cannot receive the browser&apos;s answer: no port is free on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in Contact Editor started. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s answer does not belong to this sign-in (its state differs), so it was ignored. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled or access was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice did not sign you in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in to SuperOffice. You can close this page and go back to Contact Editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarrierCodec</name>
    <message>
        <source>The data is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON object but got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a JSON array but got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeCountryJob</name>
    <message>
        <source>Getting the country&apos;s address layout</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClassificationSection</name>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position and country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommunicationSection</name>
    <message>
        <source>Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example.com, example.no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPickerDialog</name>
    <message>
        <source>Choose the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company name begins with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companies found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the selected company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n companies found.</source>
        <translation>
            <numerusform>%n company found.</numerusform>
            <numerusform>%n companies found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed on the server too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed %1 on the server while you were editing it. For each field below, choose which value to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their other changes are taken as they are: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep yours for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the server&apos;s for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save with these values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep all &amp;yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take all from the ser&amp;ver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Allow plain &amp;HTTP (sends your password unencrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to SuperOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (Online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;App token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. NO or UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: plain HTTP sends your password unencrypted to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove saved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this connection and its saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ved connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development (SOD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other address…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your tenant runs: SuperOffice Online for customers, Development (SOD) and Stage for developers&apos; test tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id of the application registered for Contact Editor in SuperOffice&apos;s developer portal; your SuperOffice administrator can tell you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client i&amp;d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if your tenant requires one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client se&amp;cret (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the browser (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay signed in on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the sign-in in the system keychain, so that the browser is needed only when SuperOffice asks again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the sign-in address, for example https://online.superoffice.com/login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If no browser page opened, open this address in your browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address in your browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the user name in its own field, not in the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must not contain a query (?) or a fragment (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain HTTP to %1 would send your password unencrypted. Use https://, or allow insecure HTTP for this connection explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in address must start with https:// (or http:// for a sign-in service on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice named a tenant address that is not https: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a full address: start it with https://, for example https://%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SuperOffice server is not reached through a “%1:” address. The server address must start with https:// (or http:// for a server on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no server. Enter the server address, for example https://sod2.superoffice.com/Cust12345.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Not saved: someone changed this company on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to create this company got no answer, and the server now has: %1. Was it created then?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company is marked as deleted in SuperOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can view this company but not change it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company was not saved. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new company could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This company may already exist: %1. Open the existing one instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing company is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSearchJob</name>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search result is not a list of companies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSession</name>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. The company waits in the outbox and is saved when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. The company waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. The company waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier attempt to create this company may have succeeded. Open it to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change country to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDefaultContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateDefaultPersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>the keyring is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to it was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not support storing passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Secret Service could be reached or unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be deleted from the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is stored for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain reported an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). Passwords are kept in memory for this session only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be read: the system keychain cannot be used (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain cannot be used (%1). The password is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is forgotten for this session, but the system keychain cannot be used (%1), so a copy stored there earlier could not be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurrentPrincipalJob</name>
    <message>
        <source>Signing in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldModel</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The administrator made this field read-only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldValue</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomFieldsSection</name>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DescriptionSection</name>
    <message>
        <source>This note has %L1 characters: only its beginning is shown, so that the window stays quick. The whole note is kept, and saved as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit all of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing a note this long can take a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftStore</name>
    <message>
        <source>The draft database %1 cannot be read and cannot be moved aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft database could not be read. It was kept as %1 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft database %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft cannot be read (%1). It is kept unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n edit(s) of this draft could not be read and were left out.</source>
        <translation>
            <numerusform>%n edit of this draft could not be read and was left out.</numerusform>
            <numerusform>%n edits of this draft could not be read and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElementListEditor</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entry (Insert)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected entry (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry up (Ctrl+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected entry down (Ctrl+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry may not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bouncing, mail to it comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichContactEntityJob</name>
    <message>
        <source>Enriching company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichDialog</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review changes &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service found no company named “%1”. Try another spelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrichment service has nothing new for this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</source>
        <translation>
            <numerusform>%n change proposed. Untick it if you do not want it; a change to a field you edited yourself is unticked.</numerusform>
            <numerusform>%n changes proposed. Untick what you do not want; changes to fields you edited yourself are unticked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrichmentSession</name>
    <message>
        <source>You may not change this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed this yourself; it is kept unless you tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityDiff</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>postal</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n persons</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntityDocument</name>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityEditor</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes someone made on the server were taken in before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes could not be written to this computer&apos;s draft store: %1. Save them to the server as soon as you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, &amp;create it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the required fields before saving: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving was cancelled. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityElementListModel</name>
    <message>
        <source>Not a valid e-mail address (name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid web address (www.example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may only hold digits, spaces, +, -, ( ) and /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouncing: mail to this address comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityJob</name>
    <message>
        <source>The server answered with a person id no person can have (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a company id no company can have (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which person it saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not say which company it saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a person without an id instead of person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a company without an id instead of company %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of a new person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of a new company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with person %1 instead of person %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with company %1 instead of company %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntitySession</name>
    <message>
        <source>Waiting for your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changed on the server too: %n field(s) need your decision.</source>
        <translation>
            <numerusform>Changed on the server too: %n field needs your decision.</numerusform>
            <numerusform>Changed on the server too: %n fields need your decision.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldBinder</name>
    <message>
        <source>Remove hidden characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This text holds characters that change how it is shown (each is shown as � here): %1
Click to remove them.</source>
        <extracomment>%1: the field&apos;s text with each hidden character shown as a replacement mark</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldCatalogue</name>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Org. number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kana name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countr&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;upport contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;icket priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailin&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-&amp;mail addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;xes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain&amp;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bouncing e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;r/Mrs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mi&amp;ddle name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Salutation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person n&amp;umber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ret&amp;ired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office p&amp;hones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile pho&amp;nes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;vate phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oth&amp;er phones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses its own &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldRights</name>
    <message>
        <source>You do not have the right to create this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to change this record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to change this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You do not have the right to see this field.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetContactEntityJob</name>
    <message>
        <source>Opening company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetCustomFieldListJob</name>
    <message>
        <source>Loading the custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetDuplicatesJob</name>
    <message>
        <source>Looking for duplicates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetPersonEntityJob</name>
    <message>
        <source>Opening person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetPreviewEnrichContactJob</name>
    <message>
        <source>Loading preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GetUdefLayoutJob</name>
    <message>
        <source>Loading the custom fields&apos; layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer is not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdToken</name>
    <message>
        <source>SuperOffice&apos;s sign-in sent an identity token that cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in sent an unsigned identity token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is meant for another application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token was issued by someone other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token has expired. Check this computer&apos;s clock, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token is not valid yet. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identity token does not belong to this sign-in (its nonce differs). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in did not say which tenant you signed in to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in named a WebAPI address that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitySection</name>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestListModel</name>
    <message>
        <source>Add interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove interest %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No longer offered; kept because it is selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterestsSection</name>
    <message>
        <source>Interests and mailings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company does not want advertising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person does not want advertising</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Contact Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Contact Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a company on the left (%1), or create a new one (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find company…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;vert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a&amp;ll unsent changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;onnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget saved &amp;password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrich…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrichment needs a connection to SuperOffice; you are offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a company to enrich it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not change this company.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in address, phones and e-mail from SuperOffice&apos;s enrichment service (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: changes are kept and sent later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (outbox)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in was not accepted. Sign in again to continue; your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop every change to %1 since it was last saved?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to %1 before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in address to open in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;py address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel s&amp;ign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign O&amp;ut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again: finish it in your browser. Your changes are kept. If no browser page opened, open this address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice asks you to sign in again, but no browser could be opened. Open this address in your browser; your changes are kept:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open companies and persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries.</source>
        <translation>
            <numerusform>Cleared %n cached entry.</numerusform>
            <numerusform>Cleared %n cached entries.</numerusform>
        </translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the drafts to review…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MdoListJob</name>
    <message>
        <source>Loading list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcDiscovery</name>
    <message>
        <source>SuperOffice&apos;s sign-in service at %1 did not describe itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service named an address elsewhere (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OidcReplyHandler</name>
    <message>
        <source>SuperOffice&apos;s sign-in service cannot be reached (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service answered HTTP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice refused: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice refused: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice&apos;s sign-in service sent something other than the expected JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnlineAuthenticator</name>
    <message>
        <source>You signed in to %1, but this connection is for %2. Sign in to %2, or connect to %1 as a connection of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in as %1, but this connection is %2&apos;s. Sign in as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is not at this address, and which tenant it is is not known. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SuperOffice tenant %1 is not available right now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice named a new address for the tenant that cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice says the tenant is still at %1, but that host refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your SuperOffice tenant has moved and its new address could not be found. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <source>Person: %1</source>
        <extracomment>A person tab&apos;s tooltip: the person&apos;s name and company</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person: %1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person was not saved. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new person could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: someone changed this person on the server too, and you have not chosen which values to keep. Your changes are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company already has a person of this name: %1. Is it the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing person is open in its own tab. This new one was not saved; close it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person is marked as deleted in SuperOffice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can view this person but not change it: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonIdentitySection</name>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the person to another company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no company)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonSession</name>
    <message>
        <source>Person %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are offline. The person waits in the outbox and is saved when the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. The person waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached. The person waits in the outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company already has a person of this name. Open the person to decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonTableModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <extracomment>In the persons table, for a person who has left or retired</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonsSection</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A section title and how many entries it has: &quot;Persons (3)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, title, e-mail or phone (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected person in a tab of its own (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New person at this company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a new person to this company (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the company before adding persons to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordInfoSection</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Drop change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review all changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the selected field back as it was (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) not saved yet. Select one and press Delete to drop it.</source>
        <translation>
            <numerusform>%n change not saved yet. Select it and press Delete to drop it.</numerusform>
            <numerusform>%n changes not saved yet. Select one and press Delete to drop it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drop change to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RightsApplier</name>
    <message>
        <source>Read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveContactEntityJob</name>
    <message>
        <source>Creating company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SavePersonEntityJob</name>
    <message>
        <source>Creating person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving person</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>&amp;Find company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name begins with…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company name begins with “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>Company %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear cached data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language of the editor and of the texts asked of the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The one used last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no longer saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect at &amp;start to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;drafts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the drafts folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep drafts in the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline cache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, field definitions and companies kept for working offline. Drafts and unsent changes are never cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear cached data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used when Contact Editor is started again, for its own texts and for what the server is asked for. Nothing is lost in the restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts move to this folder when Contact Editor is started again; until then they stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change takes effect when Contact Editor is started again; the drafts move along.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep drafts in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the lists, field definitions and companies kept for working offline? They are fetched again when needed. Your drafts and unsent changes stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache could not be cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cleared %n cached entries. Drafts and unsent changes were kept.</source>
        <translation>
            <numerusform>Cleared %n cached entry. Drafts and unsent changes were kept.</numerusform>
            <numerusform>Cleared %n cached entries. Drafts and unsent changes were kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThreeWayMerge</name>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsentChangesModel</name>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnsentPanel</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view all…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a&amp;ll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected one in a tab (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review every unsent change before sending it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every unsent change to SuperOffice</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n company(ies) and person(s) with changes not on the server yet.</source>
        <translation>
            <numerusform>%n company or person with changes not on the server yet.</numerusform>
            <numerusform>%n companies and persons with changes not on the server yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is on the server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the outbox: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox: %1 saved, %2 not saved (see the review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Outbox: %n company(ies) saved.</source>
        <translation>
            <numerusform>Outbox: %n company saved.</numerusform>
            <numerusform>Outbox: %n companies saved.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your edits cannot be kept on this computer in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to your SuperOffice to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The companies of the previous connection were closed; their drafts are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved password was removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (SuperOffice Online)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SuperOffice moved your tenant to %1; the editor now works there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed out. Your unsaved work is kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Contact Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit SuperOffice CRM companies, online or offline.

For scripted use the password, ticket or token may come from the CONTACT_EDITOR_SECRET environment variable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SuperOffice address, e.g. https://sod2.superoffice.com/Cust12345.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the company with this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--contact needs a company id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server and --user go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to sign in: basic, soticket, bearer or online (default basic). online signs in to SuperOffice CRM Online in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auth online: the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --auth online: online (default), sod, stage, or the address of a sign-in service (https, or http on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth online finds the server and user by signing in; leave out --server and --user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth online needs --client-id, the application&apos;s client id from SuperOffice&apos;s developer portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login must be online, sod, stage or an https address (http only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-id and --login go with --auth online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--auth must be basic, soticket, bearer or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
