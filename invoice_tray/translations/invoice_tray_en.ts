<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="56"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="144"/>
        <source>the network changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="257"/>
        <source>checks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="267"/>
        <source>the settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="33"/>
        <source>written in the editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="89"/>
        <source>Amount {amount} + tax {tax} = total {total} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="96"/>
        <source>Invoice number: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="99"/>
        <source>Submission reference: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="101"/>
        <source>Server reply: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="102"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/language.py" line="44"/>
        <source>invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="55"/>
        <source>the address names a user already: remove it there or here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="68"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="73"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="77"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="85"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="86"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="95"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="112"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="122"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="150"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="161"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="175"/>
        <source>All services (the light shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="261"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="262"/>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="263"/>
        <source>Connection and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="264"/>
        <source>Invoice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="265"/>
        <source>Platform announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="270"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="271"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="272"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="273"/>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="274"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="275"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="276"/>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="277"/>
        <source>Certificate revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="278"/>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="279"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="280"/>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="281"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="282"/>
        <source>Check engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="283"/>
        <source>Offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="212"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="54"/>
        <source>Details – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="213"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="214"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="215"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="291"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="293"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="321"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../ui/draft_editor.py" line="105"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="108"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="109"/>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="110"/>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="111"/>
        <source>Bank and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="127"/>
        <source>18-character unified code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="132"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="134"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="135"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="136"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="137"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="138"/>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="133"/>
        <source>Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="100"/>
        <source>New invoice draft – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="139"/>
        <source>Incl. tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="140"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="141"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="150"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="152"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="158"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="181"/>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="184"/>
        <source>Save and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="200"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="217"/>
        <source>The server rejected this draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="392"/>
        <source>Amount %1 + tax %2 = total %3 yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="402"/>
        <source>the server says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="480"/>
        <source>Correct the fields marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="485"/>
        <source>Correct the errors marked in red before submitting; or save it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="501"/>
        <source>Submit anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="502"/>
        <source>This draft has warnings. Submit it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="509"/>
        <source>Submit anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="512"/>
        <source>Check again first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="542"/>
        <source>The draft was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="554"/>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="555"/>
        <source>Close without saving? What was typed here will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsModel</name>
    <message>
        <location filename="../ui/drafts_window.py" line="137"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="138"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="139"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="140"/>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="141"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="142"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <location filename="../ui/drafts_window.py" line="190"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="194"/>
        <source>Search buyer, number or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="195"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="217"/>
        <source>Submit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="213"/>
        <source>Hold back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="172"/>
        <source>Offline drafts – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="207"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="208"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="209"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="210"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="211"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="212"/>
        <location filename="../ui/drafts_window.py" line="564"/>
        <source>Queue for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="214"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="215"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="216"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="337"/>
        <source>The drafts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="490"/>
        <source>New invoice draft – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="492"/>
        <source>New invoice draft, a copy of draft %1 – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="496"/>
        <source>Invoice draft %1 – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="513"/>
        <source>Draft %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="539"/>
        <source>%1 drafts queued for submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="402"/>
        <source>%1 of 1 draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="402"/>
        <source>%1 of %2 drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="538"/>
        <source>1 draft queued for submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="546"/>
        <source>1 draft has errors and stays a draft: open it to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="547"/>
        <source>%1 drafts have errors and stay drafts: open them to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="552"/>
        <source>1 draft could not be queued (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="553"/>
        <source>%1 drafts could not be queued (see the details).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="558"/>
        <source>Draft %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="580"/>
        <source>Move draft %1 (%2) to the trash? It can be restored until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="583"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="600"/>
        <source>Delete the draft in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="601"/>
        <source>Delete the %1 drafts in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="603"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="617"/>
        <source>Offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="626"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="630"/>
        <source>Export %1 drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="630"/>
        <source>Export 1 draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="632"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="645"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="658"/>
        <source>%1 drafts written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="658"/>
        <source>1 draft written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="664"/>
        <location filename="../ui/drafts_window.py" line="708"/>
        <source>Import drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="666"/>
        <source>Drafts (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="671"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="682"/>
        <source>Nothing was imported: the file has errors. Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="687"/>
        <source>1 draft imported and kept as a draft to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="688"/>
        <source>%1 drafts imported and kept as drafts to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointDialog</name>
    <message>
        <location filename="../ui/endpoints.py" line="66"/>
        <source>Service to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="68"/>
        <source>for example: e-tax bureau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="73"/>
        <source>Another HTTPS service (its page is fetched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="76"/>
        <source>Invoice server (the full interface, with drafts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="79"/>
        <source>Red when it cannot be reached (otherwise yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="82"/>
        <source>empty: any answer below 500; e.g. 200, 300-399</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="84"/>
        <source>empty: any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="86"/>
        <location filename="../ui/endpoints.py" line="99"/>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="87"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="93"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="94"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="95"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="97"/>
        <source>Answers that count as reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="98"/>
        <source>Text the page must contain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="111"/>
        <source>&amp;Test now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="169"/>
        <source>Another service already has this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="185"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="192"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="196"/>
        <source>✓ It can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndpointList</name>
    <message>
        <location filename="../ui/endpoints.py" line="222"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="224"/>
        <source>&amp;Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="226"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="249"/>
        <source>HTTPS service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="250"/>
        <source>invoice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="255"/>
        <source>yellow at worst</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="256"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/endpoints.py" line="256"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../ui/export.py" line="97"/>
        <source>Diagnostics for the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="104"/>
        <source>Your helpdesk will ask for this file when you call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="108"/>
        <source>Included: the current result and its cause, each check, the certificates, the last 7 days, the fixes run, how many offline drafts there are, the settings in force and the log. Passwords and tokens are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="114"/>
        <source>Size: being measured…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="115"/>
        <source>&amp;What happened? (the helpdesk asks this first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="121"/>
        <source>Also include the offline drafts themselves (buyers, amounts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="145"/>
        <source>&amp;Send to the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="145"/>
        <source>&amp;Save and copy the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="149"/>
        <source>Copy the &amp;file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="151"/>
        <source>Copy the s&amp;ummary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="153"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="192"/>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="193"/>
        <source>The error message shown:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="194"/>
        <source>What I was doing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="224"/>
        <source>Size: not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="229"/>
        <source>Size: about %1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="263"/>
        <source>The diagnostics could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="270"/>
        <source>Saved as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="280"/>
        <source>The file is saved and copied. Paste it into WeChat, WeCom, QQ or an e-mail to your helpdesk, as an attachment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="300"/>
        <source>Sending to the helpdesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="314"/>
        <source>Sent. Give the helpdesk this reference number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="320"/>
        <source>%1 The file is saved and will be sent once, by itself, as soon as the light turns green. You can also paste it into a chat or an e-mail now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="327"/>
        <source>It was not sent: %1 Paste the file into a chat or an e-mail instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="383"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="386"/>
        <source>Undo this fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="389"/>
        <source>Export diagnostics for the helpdesk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="412"/>
        <source>The problem is solved: invoices can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="415"/>
        <source>The problem is not solved yet. Export the diagnostics and send them to your helpdesk: they show what was checked and what this fix did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="420"/>
        <source>Restart the computer to finish this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="438"/>
        <source>The fix was undone: everything is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="444"/>
        <source>The undo did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixLauncher</name>
    <message>
        <location filename="../ui/fix_launcher.py" line="69"/>
        <source>The fix cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="454"/>
        <source>%1 – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="465"/>
        <source>Run the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="480"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="482"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="483"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="484"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="485"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="492"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="496"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="497"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="498"/>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="499"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="500"/>
        <source>not done (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="501"/>
        <source>put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="502"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryChart</name>
    <message>
        <location filename="../ui/chart.py" line="54"/>
        <source>No checks yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notices</name>
    <message>
        <location filename="../ui/notices.py" line="75"/>
        <source>Offline drafts are not being submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="76"/>
        <source>The server refused the access token. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="87"/>
        <source>Issued: %1. Returned by the server: %2; click to open the drafts and correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="90"/>
        <location filename="../ui/notices.py" line="97"/>
        <source>Offline drafts submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="94"/>
        <source>1 invoice was issued from the offline drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/notices.py" line="95"/>
        <source>%1 invoices were issued from the offline drafts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../ui/widgets.py" line="70"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="133"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="135"/>
        <source>Nothing has been changed yet. Press “Run the fix” to do these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="144"/>
        <source>Show the exact commands (for the helpdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="186"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="189"/>
        <source>Needs administrator rights (you will be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="193"/>
        <source>The current state is kept first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="195"/>
        <source>Cannot be undone (nothing to put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="199"/>
        <source>A restart of the computer finishes this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="209"/>
        <source>No system commands: only this program&apos;s own data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="234"/>
        <source>Doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="239"/>
        <source>Show what the commands printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="240"/>
        <source>Stop after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="284"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="298"/>
        <source>: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="318"/>
        <source>The fix stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="321"/>
        <source>What had been done was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/settings.py" line="65"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="109"/>
        <source>Will be saved in the system&apos;s password store (keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="111"/>
        <source>Will be removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="113"/>
        <source>Saved in the keyring. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="115"/>
        <source>Not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.py" line="129"/>
        <source>Settings – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="159"/>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="188"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="192"/>
        <source>Demo: checks go to the built-in demo server. The server settings here are saved for when invoice-tray runs normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="200"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="202"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="204"/>
        <location filename="../ui/settings.py" line="207"/>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="205"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="209"/>
        <location filename="../ui/settings.py" line="212"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="210"/>
        <source>Certificates (*.pfx *.p12 *.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="217"/>
        <source>Client certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="222"/>
        <source>Other services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="225"/>
        <source>Besides the invoice server, invoice-tray can check the other services your invoicing needs (the e-tax bureau, the invoicing vendor&apos;s system). A service marked red when it cannot be reached makes the light red; the others, yellow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="238"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="240"/>
        <source>Check every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="241"/>
        <source>After a failure, check again after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="242"/>
        <source>Failed checks in a row before red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="243"/>
        <source>Good checks in a row before a change back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="244"/>
        <source>While red, check at least every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="245"/>
        <source>Give up a check after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="246"/>
        <source>Warn when the server answers slower than (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="247"/>
        <source>While red, remind me every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="248"/>
        <source>Warn before a certificate expires (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="260"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="264"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="265"/>
        <source>Connect directly, without a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="266"/>
        <source>Use this proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="267"/>
        <source>Use this automatic configuration script:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="276"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="278"/>
        <source>only if the proxy asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="280"/>
        <source>Proxy user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="285"/>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="291"/>
        <source>Reach directly (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="295"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="297"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="300"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="302"/>
        <source>Start invoice-tray when I sign in to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="312"/>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="341"/>
        <source>Needs the keyring too (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="350"/>
        <source>The settings file holds this password in plain text. When you save, it is moved into the keyring and removed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="364"/>
        <source>In the settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="386"/>
        <source>Set by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="509"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="525"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="102"/>
        <source>invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="105"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="109"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="110"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="111"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="215"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="213"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="216"/>
        <source>Offline drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="217"/>
        <source>Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="218"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="219"/>
        <source>Pause checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="203"/>
        <location filename="../ui/tray.py" line="221"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="214"/>
        <source>Set up the invoice server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="222"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="235"/>
        <source>Checks paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="237"/>
        <source>No invoice server set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="239"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="240"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="241"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="242"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="257"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="260"/>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="272"/>
        <source>Fix: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="291"/>
        <source>invoice-tray: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="336"/>
        <source>Diagnostics sent to the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="337"/>
        <source>They were kept until the helpdesk could be reached. Reference number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="352"/>
        <source>can be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="353"/>
        <source>can be reached; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="354"/>
        <source>cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="355"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="436"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="333"/>
        <source>Checking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="335"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="347"/>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="367"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="370"/>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../ui/welcome.py" line="60"/>
        <source>Welcome – invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="64"/>
        <source>Welcome to invoice-tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="71"/>
        <source>invoice-tray shows a light in the system tray, at the corner of the screen, that tells at any moment whether invoices can be issued. When they cannot, it says why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="80"/>
        <source>Invoices can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="84"/>
        <source>Invoices can be issued, but something needs attention soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="90"/>
        <source>Invoices cannot be issued now; the reason is told. Meanwhile invoices can be saved as offline drafts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="94"/>
        <source>Checking, or not known yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="95"/>
        <source>Checks are paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="96"/>
        <source>No invoice server is set up yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="111"/>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="119"/>
        <source>The access token and other settings can be entered later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="124"/>
        <source>Try the demo first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="127"/>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="129"/>
        <source>Save and start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="155"/>
        <source>What the light says:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="158"/>
        <source>The invoice server&apos;s address (ask your helpdesk):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="198"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/welcome.py" line="207"/>
        <source>The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="111"/>
        <source>What is wrong, and why this fix helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="112"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
