<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../ui/app.py" line="52"/>
        <source>invoice-tray is already running; it has been brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="147"/>
        <source>the network changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="221"/>
        <source>checks are paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/checker.py" line="230"/>
        <source>the settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="97"/>
        <source>Total: {amount} + {tax} = {total} yuan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_io.py" line="106"/>
        <source>Server reply: {reply}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsWindow</name>
    <message>
        <location filename="../ui/details.py" line="51"/>
        <source>invoice-tray: details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="65"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="70"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="70"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="70"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="78"/>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="79"/>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="88"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="88"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="88"/>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="88"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="102"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="111"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="134"/>
        <source>Not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="144"/>
        <source>Also: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="214"/>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="215"/>
        <source>Local network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="216"/>
        <source>Connection and security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="217"/>
        <source>Invoice server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="218"/>
        <source>Platform announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="223"/>
        <source>Signing certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="224"/>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="225"/>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="226"/>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="227"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="228"/>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="229"/>
        <source>Secure connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="230"/>
        <source>Certificate revocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="231"/>
        <source>Server health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="232"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="233"/>
        <source>Announcements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="234"/>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="235"/>
        <source>Check engine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="236"/>
        <source>Offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="165"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="166"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="167"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="168"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="244"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="246"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/details.py" line="274"/>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsExporter</name>
    <message>
        <location filename="../ui/export.py" line="81"/>
        <source>The diagnostics could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="90"/>
        <source>Diagnostics saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/export.py" line="92"/>
        <source>%1
Send this file to your helpdesk. Passwords and tokens were removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <location filename="../ui/draft_editor.py" line="98"/>
        <source>invoice-tray: new invoice draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="103"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="106"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="107"/>
        <source>Taxpayer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="108"/>
        <source>Address and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="109"/>
        <source>Bank and account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="125"/>
        <source>18-character unified code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="130"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="132"/>
        <source>Specification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="133"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="134"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="135"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="136"/>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="131"/>
        <source>Tax code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="137"/>
        <source>Incl. tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="138"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="139"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="148"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="150"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="156"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="179"/>
        <source>Save as draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="182"/>
        <source>Save and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="198"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="216"/>
        <source>The server rejected this draft: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="284"/>
        <source>0 % (zero-rated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="285"/>
        <source>exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/draft_editor.py" line="228"/>
        <location filename="../ui/draft_editor.py" line="286"/>
        <source>not taxable</source>
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
        <source>Correct the numbers marked in red first.</source>
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
        <location filename="../ui/drafts_window.py" line="135"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="136"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="137"/>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="138"/>
        <source>Total (yuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="139"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="140"/>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftsWindow</name>
    <message>
        <location filename="../ui/drafts_window.py" line="169"/>
        <source>invoice-tray: offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="187"/>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="191"/>
        <source>Search buyer, number or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="192"/>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="214"/>
        <source>Submit now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="210"/>
        <source>Hold back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="204"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="205"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="206"/>
        <source>Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="207"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="208"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="209"/>
        <location filename="../ui/drafts_window.py" line="537"/>
        <source>Queue for submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="211"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="212"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="213"/>
        <source>Empty trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="331"/>
        <source>The drafts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="396"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="482"/>
        <source>invoice-tray: new invoice draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="484"/>
        <source>invoice-tray: new invoice draft (a copy of draft %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="488"/>
        <source>invoice-tray: invoice draft %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="505"/>
        <source>Draft %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="531"/>
        <source>%1 drafts queued for submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="533"/>
        <source>%1 have errors and stay drafts: open them to correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="553"/>
        <source>Move draft %1 (%2) to the trash? It can be restored until the trash is emptied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="556"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="571"/>
        <source>Delete the %1 drafts in the trash for good? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="573"/>
        <source>Empty trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="588"/>
        <source>Offline drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="597"/>
        <source>CSV for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="601"/>
        <source>Export %1 drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="603"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="614"/>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="627"/>
        <source>%1 drafts written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="633"/>
        <location filename="../ui/drafts_window.py" line="677"/>
        <source>Import drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="635"/>
        <source>Drafts (*.json *.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="640"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="655"/>
        <source>Nothing was imported: the file has errors. Correct them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drafts_window.py" line="658"/>
        <source>%1 drafts imported and kept as drafts to review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="319"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="322"/>
        <source>Undo this fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="325"/>
        <source>Export diagnostics for the helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="344"/>
        <source>The problem is solved: invoices can be issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="347"/>
        <source>The problem is not solved yet. Export the diagnostics and send them to your helpdesk: they show what was checked and what this fix did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="352"/>
        <source>Restart the computer to finish this fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="369"/>
        <source>The fix was undone: everything is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="375"/>
        <source>The undo did not complete: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixLauncher</name>
    <message>
        <location filename="../ui/fix_launcher.py" line="67"/>
        <source>The fix cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixWizard</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="385"/>
        <source>invoice-tray: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="396"/>
        <source>Run the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="411"/>
        <source>not checked yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="413"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="414"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="415"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="416"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="422"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="426"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="427"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="428"/>
        <source>not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="429"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="430"/>
        <source>not done (stopped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="431"/>
        <source>put back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="432"/>
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
    <name>PathField</name>
    <message>
        <location filename="../ui/settings.py" line="112"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="108"/>
        <source>What will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="110"/>
        <source>Nothing has been changed yet. Press “Run the fix” to do these steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="122"/>
        <source>Also for WinHTTP (whole computer; administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="148"/>
        <source>Skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="151"/>
        <source>Needs administrator rights (you will be asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="155"/>
        <source>The current state is kept first, so this can be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="157"/>
        <source>Cannot be undone (nothing to put back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="162"/>
        <source>A restart of the computer finishes this fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="187"/>
        <source>Doing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="191"/>
        <source>Stop after this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="232"/>
        <source>Stopping after the current step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="257"/>
        <source>The fix stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="260"/>
        <source>What had been done was put back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../ui/settings.py" line="52"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="96"/>
        <source>Will be saved in the system&apos;s password store (keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="98"/>
        <source>Will be removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="100"/>
        <source>Saved in the keyring. Type a new one to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="102"/>
        <source>Not set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settings.py" line="136"/>
        <source>invoice-tray: settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="160"/>
        <source>Reading the settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="189"/>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="193"/>
        <source>Demo: checks go to the built-in demo server. The server settings here are saved for when invoice-tray runs normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="201"/>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="203"/>
        <source>Access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="205"/>
        <location filename="../ui/settings.py" line="208"/>
        <source>Extra CA certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="206"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="210"/>
        <location filename="../ui/settings.py" line="213"/>
        <source>Client certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="211"/>
        <source>Certificates (*.pfx *.p12 *.pem *.crt *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="218"/>
        <source>Client certificate password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="223"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="225"/>
        <source>Check every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="226"/>
        <source>After a failure, check again after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="227"/>
        <source>Failed checks in a row before red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="228"/>
        <source>Good checks in a row before a change back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="229"/>
        <source>While red, check at least every (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="230"/>
        <source>Give up a check after (seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="231"/>
        <source>Warn when the server answers slower than (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="232"/>
        <source>While red, remind me every (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="233"/>
        <source>Warn before a certificate expires (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="245"/>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="247"/>
        <source>Use the system&apos;s proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="248"/>
        <source>Connect directly, without a proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="249"/>
        <source>Use this proxy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="259"/>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="264"/>
        <source>Proxy password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="270"/>
        <source>Reach directly (no proxy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="274"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="276"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="279"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="280"/>
        <source>Start invoice-tray when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="289"/>
        <source>The settings could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="308"/>
        <source>Needs the keyring too (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="317"/>
        <source>The settings file holds this password in plain text. When you save, it is moved into the keyring and removed from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="413"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settings.py" line="429"/>
        <source>The settings could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusWindow</name>
    <message>
        <location filename="../ui/tray.py" line="97"/>
        <source>This desktop has no system tray, so invoice-tray shows its status in this window instead. Closing the window keeps checking; quit from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="101"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="102"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="103"/>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayPresenter</name>
    <message>
        <location filename="../ui/tray.py" line="191"/>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="190"/>
        <source>Check now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="192"/>
        <source>Offline drafts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="193"/>
        <source>Export diagnostics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="194"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="195"/>
        <source>Pause checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="197"/>
        <source>Demo scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="198"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="203"/>
        <source>Checks paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="205"/>
        <source>Invoices can be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="206"/>
        <source>Invoices can be issued; attention needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="207"/>
        <source>Invoices cannot be issued now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="208"/>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="221"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="224"/>
        <source>Last check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="236"/>
        <source>Fix: %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="266"/>
        <source>Offline drafts are not being submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="267"/>
        <source>The server refused the access token. Check it in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="274"/>
        <source>%1 submitted, %2 rejected by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="277"/>
        <source>Offline drafts submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/tray.py" line="438"/>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="272"/>
        <source>Checking again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="274"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="285"/>
        <source>Before: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="303"/>
        <source>The check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="306"/>
        <source>After: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyPage</name>
    <message>
        <location filename="../ui/fix_wizard.py" line="86"/>
        <source>What is wrong, and why this fix helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/fix_wizard.py" line="87"/>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
