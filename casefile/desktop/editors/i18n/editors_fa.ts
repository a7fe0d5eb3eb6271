<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fa_IR">
<context>
    <name>AliasesEdit</name>
    <message>
        <location filename="../widgets.py" line="218" />
        <source>Other name</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="218" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="224" />
        <source>Add other name</source>
        <translation>افزودن نام دیگر</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="226" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AttachmentsEdit</name>
    <message>
        <location filename="../attachments.py" line="84" />
        <source>Attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="86" />
        <source>Drop files here, or:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="89" />
        <source>Choose a file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="89" />
        <source>Add files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="91" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../attachments.py" line="99" />
        <source>Adding files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="100" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../attachments.py" line="114" />
        <source>Choose a file to attach</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="117" />
        <source>Choose files to attach</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../attachments.py" line="137" />
        <source>Adding %n file(s)…</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../attachments.py" line="175" />
        <source>%n file(s) added.</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../attachments.py" line="179" />
        <source>The files could not be added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../attachments.py" line="182" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../undo.py" line="22" />
        <source>Withdraw consent (%1)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../datewidget.py" line="60" />
        <source>Iranian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="61" />
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="62" />
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="65" />
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="66" />
        <location filename="../datewidget.py" line="79" />
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="67" />
        <location filename="../datewidget.py" line="90" />
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="68" />
        <location filename="../datewidget.py" line="88" />
        <source>Season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="69" />
        <location filename="../datewidget.py" line="92" />
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="70" />
        <source>Other (EDTF text)</source>
        <translation>دیگر (متن EDTF)</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="73" />
        <source>How exact the date is</source>
        <translation>دقت تاریخ</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="82" />
        <source>Spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="83" />
        <source>Summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="84" />
        <source>Autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="85" />
        <source>Winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="94" />
        <source>e.g. 1988-07-23/1988-08-22 or ../1988-09</source>
        <translation>مثلاً 1988-07-23/1988-08-22 یا ../1988-09</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="95" />
        <source>Date as EDTF text</source>
        <translation>تاریخ به صورت متن EDTF</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="96" />
        <source>about</source>
        <translation>حدوداً</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="97" />
        <source>The date is approximate</source>
        <translation>تاریخ تقریبی است</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="98" />
        <source>not sure</source>
        <translation>مطمئن نیستم</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="99" />
        <source>The date is uncertain</source>
        <translation>تاریخ قطعی نیست</translation>
    </message>
    <message>
        <location filename="../datewidget.py" line="321" />
        <source>Cannot read this date: %1</source>
        <translation>این تاریخ خوانده نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../transfer.py" line="236" />
        <location filename="../transfer.py" line="247" />
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="239" />
        <source>Export the whole case file as a Casefile exchange document (.json). Warning: the exported file is not encrypted. Anyone who gets it can read everything in it, including confidential records and the names of witnesses. Keep it somewhere safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="244" />
        <source>Include attached files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="252" />
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="252" />
        <source>Exchange documents (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="263" />
        <source>Exported %1 records to %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../labels.py" line="12" />
        <source>ID</source>
        <translation>شناسه</translation>
    </message>
    <message>
        <location filename="../labels.py" line="13" />
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../labels.py" line="14" />
        <source>Aliases</source>
        <translation>نام‌های دیگر</translation>
    </message>
    <message>
        <location filename="../labels.py" line="15" />
        <source>Listed as</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../labels.py" line="16" />
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <location filename="../labels.py" line="17" />
        <source>Father's name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <location filename="../labels.py" line="18" />
        <source>Mother's name</source>
        <translation>نام مادر</translation>
    </message>
    <message>
        <location filename="../labels.py" line="19" />
        <source>Born</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="20" />
        <source>Place of birth</source>
        <translation>محل تولد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="21" />
        <source>Nationality</source>
        <translation>ملیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="22" />
        <source>Identity document</source>
        <translation>مدرک شناسایی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="23" />
        <source>Occupation</source>
        <translation>شغل</translation>
    </message>
    <message>
        <location filename="../labels.py" line="24" />
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../labels.py" line="25" />
        <source>Filename</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="26" />
        <source>Media type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="27" />
        <source>SHA-256</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="28" />
        <source>Data</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="29" />
        <source>Acquired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="30" />
        <source>Acquired by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="31" />
        <source>Method</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="32" />
        <source>Chain of custody</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="33" />
        <source>At</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="34" />
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="35" />
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="36" />
        <source>Affiliation</source>
        <translation>وابستگی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="37" />
        <source>Burial</source>
        <translation>خاکسپاری</translation>
    </message>
    <message>
        <location filename="../labels.py" line="38" />
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="39" />
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="40" />
        <source>Death certificate</source>
        <translation>گواهی فوت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="41" />
        <source>Family told of the death</source>
        <translation>تاریخ خبر دادن به خانواده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="42" />
        <source>Family's consent to naming</source>
        <translation>رضایت خانواده برای بردن نام</translation>
    </message>
    <message>
        <location filename="../labels.py" line="43" />
        <source>Recorded on</source>
        <translation>تاریخ ثبت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="44" />
        <source>Given by</source>
        <translation>رضایت‌دهنده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="45" />
        <source>May be shared with</source>
        <translation>می‌توان داد به</translation>
    </message>
    <message>
        <location filename="../labels.py" line="46" />
        <source>Withdrawn on</source>
        <translation>تاریخ پس گرفتن</translation>
    </message>
    <message>
        <location filename="../labels.py" line="47" />
        <source>Notes</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="48" />
        <source>Confidentiality</source>
        <translation>محرمانگی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="49" />
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../labels.py" line="50" />
        <source>Parent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="51" />
        <source>Latitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="52" />
        <source>Longitude</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="53" />
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="54" />
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../labels.py" line="55" />
        <source>End</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="56" />
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <location filename="../labels.py" line="57" />
        <source>Victim</source>
        <translation>قربانی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="58" />
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../labels.py" line="59" />
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="60" />
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="61" />
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../labels.py" line="62" />
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../labels.py" line="63" />
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="64" />
        <source>Act</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../labels.py" line="65" />
        <source>Certainty</source>
        <translation>درجه‌ی اطمینان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="66" />
        <source>Basis</source>
        <translation>مبنا</translation>
    </message>
    <message>
        <location filename="../labels.py" line="67" />
        <source>Is the</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="68" />
        <source>Of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="69" />
        <source>Addressed to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="70" />
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="71" />
        <source>Witness</source>
        <translation>راوی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="72" />
        <source>About</source>
        <translation>درباره‌ی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="73" />
        <source>Recorded by</source>
        <translation>ثبت‌کننده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="74" />
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="75" />
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../labels.py" line="76" />
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <location filename="../labels.py" line="77" />
        <source>Sensitive matters</source>
        <translation>موضوعات حساس</translation>
    </message>
    <message>
        <location filename="../labels.py" line="78" />
        <source>Consent</source>
        <translation>رضایت راوی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="79" />
        <source>The witness may be named</source>
        <translation>نام راوی را می‌توان گفت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="80" />
        <source>Also covers the sensitive matters</source>
        <translation>شامل موضوعات حساس هم می‌شود</translation>
    </message>
    <message>
        <location filename="../labels.py" line="81" />
        <source>Author</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="82" />
        <source>Publisher</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="83" />
        <source>Web address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="84" />
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <location filename="../labels.py" line="85" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../labels.py" line="86" />
        <source>Supports</source>
        <translation>پشتیبان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="87" />
        <source>Locator</source>
        <translation>نشانی در منبع</translation>
    </message>
    <message>
        <location filename="../form.py" line="240" />
        <source>The victim may be named by</source>
        <translation>نحوه‌ی بردن نام قربانی</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../form.py" line="122" />
        <source>Who they are</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../form.py" line="139" />
        <source>What happened to them</source>
        <translation>آنچه بر او گذشت</translation>
    </message>
    <message>
        <location filename="../form.py" line="142" />
        <source>Family's consent</source>
        <translation>رضایت خانواده</translation>
    </message>
    <message>
        <location filename="../form.py" line="143" />
        <source>Photo and notes</source>
        <translation>عکس و یادداشت</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../transfer.py" line="190" />
        <location filename="../transfer.py" line="198" />
        <source>Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="193" />
        <source>Import a Casefile exchange document (.json). It is checked whole first: if anything in it is wrong, nothing is imported and every problem is listed. A record whose id is already in the case file is updated. An import cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="202" />
        <source>Import a document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="202" />
        <source>Exchange documents (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../transfer.py" line="214" />
        <source>Nothing was imported. The document has %n problem(s):</source>
        <translation type="unfinished">
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../transfer.py" line="220" />
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../labels.py" line="187" />
        <source>Person</source>
        <translation>شخص</translation>
    </message>
    <message>
        <location filename="../labels.py" line="188" />
        <source>Organization</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="189" />
        <source>Place</source>
        <translation>مکان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="190" />
        <source>Event</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="191" />
        <source>Act</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <location filename="../labels.py" line="192" />
        <source>Involvement</source>
        <translation>مسئولیت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="193" />
        <source>Position</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="194" />
        <source>Relation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="195" />
        <source>Intervention</source>
        <translation>پیگیری</translation>
    </message>
    <message>
        <location filename="../labels.py" line="196" />
        <source>Testimony</source>
        <translation>روایت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="197" />
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../labels.py" line="198" />
        <source>Citation</source>
        <translation>ارجاع</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../widgets.py" line="407" />
        <source>Persian (fa)</source>
        <translation>فارسی (fa)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="408" />
        <source>English (en)</source>
        <translation>انگلیسی (en)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="409" />
        <source>Kurdish (ku)</source>
        <translation>کردی (ku)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="410" />
        <source>Azerbaijani (az)</source>
        <translation>ترکی آذربایجانی (az)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="411" />
        <source>Arabic (ar)</source>
        <translation>عربی (ar)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="412" />
        <source>Turkish (tr)</source>
        <translation>ترکی (tr)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="413" />
        <source>German (de)</source>
        <translation>آلمانی (de)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="414" />
        <source>French (fr)</source>
        <translation>فرانسوی (fr)</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="415" />
        <source>Swedish (sv)</source>
        <translation>سوئدی (sv)</translation>
    </message>
</context>
<context>
    <name>NameEdit</name>
    <message>
        <location filename="../widgets.py" line="139" />
        <source>in Persian</source>
        <translation>به فارسی</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="140" />
        <source>Name in Persian</source>
        <translation>نام به فارسی</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="142" />
        <source>in English or Latin letters</source>
        <translation>به انگلیسی یا حروف لاتین</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="143" />
        <source>Name in English</source>
        <translation>نام به انگلیسی</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../editor.py" line="122" />
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../editor.py" line="123" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../editor.py" line="124" />
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../editor.py" line="139" />
        <source>New %1</source>
        <translation>%1 جدید</translation>
    </message>
    <message>
        <location filename="../editor.py" line="149" />
        <source>Add act…</source>
        <translation>افزودن رویداد…</translation>
    </message>
    <message>
        <location filename="../editor.py" line="151" />
        <source>Involve an official…</source>
        <translation>افزودن مقام مسئول…</translation>
    </message>
    <message>
        <location filename="../editor.py" line="153" />
        <source>Cite a source…</source>
        <translation>ارجاع به منبع…</translation>
    </message>
    <message>
        <location filename="../editor.py" line="169" />
        <source>Withdraw consent…</source>
        <translation>پس گرفتن رضایت…</translation>
    </message>
    <message>
        <location filename="../editor.py" line="171" />
        <source>From today this record is given to no one; the withdrawal is kept in the audit trail.</source>
        <translation>از امروز این سند به هیچ‌کس داده نمی‌شود؛ پس گرفتن رضایت در سابقه‌ی تغییرات ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="204" />
        <source>Files are still being added; save when they are done.</source>
        <translation>پرونده‌ها هنوز در حال افزوده شدن‌اند؛ پس از پایان ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="210" />
        <source>No consent recorded</source>
        <translation>رضایتی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../editor.py" line="211" />
        <source>The witness's consent has not been recorded.</source>
        <translation>رضایت راوی ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="213" />
        <source>Without it this testimony will not be given to anyone, not even the United Nations. Save it anyway?</source>
        <translation>بدون آن این روایت به هیچ‌کس، حتی سازمان ملل، داده نمی‌شود. با این حال ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../editor.py" line="226" />
        <source>Nothing was saved: please correct the fields marked below.</source>
        <translation>چیزی ذخیره نشد: لطفاً خانه‌های مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="256" />
        <source>Withdraw consent</source>
        <translation>پس گرفتن رضایت</translation>
    </message>
    <message>
        <location filename="../editor.py" line="257" />
        <source>Withdraw this consent from today?</source>
        <translation>این رضایت از امروز پس گرفته شود؟</translation>
    </message>
    <message>
        <location filename="../editor.py" line="259" />
        <source>From today it will not be given to anyone. The withdrawal is kept in the audit trail.</source>
        <translation>از امروز به هیچ‌کس داده نمی‌شود. پس گرفتن رضایت در سابقه‌ی تغییرات ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../editor.py" line="294" />
        <source>Not found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../editor.py" line="295" />
        <source>There is no such record: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RefListEdit</name>
    <message>
        <location filename="../widgets.py" line="364" />
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../widgets.py" line="366" />
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../widgets.py" line="281" />
        <source>type a name to choose</source>
        <translation>برای انتخاب، نام را بنویسید</translation>
    </message>
</context>
<context>
    <name>TestimonyWizard</name>
    <message>
        <location filename="../wizard.py" line="166" />
        <location filename="../wizard.py" line="196" />
        <location filename="../wizard.py" line="494" />
        <source>Record a testimony</source>
        <translation>ثبت یک روایت</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="170" />
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="171" />
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="172" />
        <source>Save my account</source>
        <translation>روایتم را ذخیره کن</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="173" />
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="201" />
        <source>We will ask you a few simple questions about your loved one and what happened. Answer what you know and leave the rest empty. What you say stays on this computer, in this locked file. At the end we will ask who may see your account. You can stop at any time.</source>
        <translation>چند پرسش ساده درباره‌ی عزیزتان و آنچه رخ داد از شما می‌پرسیم. هر چه می‌دانید بگویید و بقیه را خالی بگذارید. آنچه می‌گویید روی همین رایانه و در همین پرونده‌ی قفل‌شده می‌ماند. در پایان می‌پرسیم چه کسانی اجازه دارند روایت شما را ببینند. هر زمان بخواهید می‌توانید دست نگه دارید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="212" />
        <source>Who is this about?</source>
        <translation>این روایت درباره‌ی کیست؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="214" />
        <source>The person who was taken, imprisoned or killed.</source>
        <translation>کسی که بازداشت، زندانی یا کشته شد.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="218" />
        <source>Someone already in this file (type part of the name):</source>
        <translation>کسی که در این پرونده هست (بخشی از نام را بنویسید):</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="219" />
        <source>Someone new: write their name</source>
        <translation>کسی که هنوز در پرونده نیست: نامش را بنویسید</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="230" />
        <source>Who is telling this?</source>
        <translation>چه کسی این را روایت می‌کند؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="232" />
        <source>Your own name. You decide later whether it may be said.</source>
        <translation>نام خود شما. بعداً خودتان تصمیم می‌گیرید که نامتان گفته شود یا نه.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="236" />
        <source>I am already in this file:</source>
        <translation>نام من در این پرونده هست:</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="237" />
        <source>My name:</source>
        <translation>نام من:</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="240" />
        <source>How are you related to them?</source>
        <translation>چه نسبتی با او دارید؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="253" />
        <source>What happened?</source>
        <translation>چه اتفاقی افتاد؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="255" />
        <source>What happened to them? Choose what fits best.</source>
        <translation>چه بر سر او آمد؟ نزدیک‌ترین گزینه را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="260" />
        <source>Now tell it in your own words:</source>
        <translation>حالا با زبان خودتان تعریف کنید:</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="264" />
        <source>Your account</source>
        <translation>روایت شما</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="270" />
        <source>When did it happen?</source>
        <translation>کی اتفاق افتاد؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="275" />
        <source>As you remember it: a year, a season or a month is enough. Tick “about” if you remember only roughly, “not sure” if you are not certain.</source>
        <translation>همان‌طور که به یاد دارید: سال، فصل یا ماه کافی است. اگر تقریبی به یاد دارید «حدوداً» و اگر مطمئن نیستید «مطمئن نیستم» را بزنید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="287" />
        <source>Where did it happen?</source>
        <translation>کجا اتفاق افتاد؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="289" />
        <source>A prison, a city, a cemetery… Leave it empty if you do not know.</source>
        <translation>یک زندان، یک شهر، یک گورستان… اگر نمی‌دانید خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="291" />
        <source>Where it happened</source>
        <translation>محل رویداد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="296" />
        <source>What did the family do to find out?</source>
        <translation>خانواده برای باخبر شدن چه کرد؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="299" />
        <source>Add each thing you did, for example going to the prison or writing a letter.</source>
        <translation>هر کاری را که کردید جداگانه بیفزایید، مثلاً رفتن به زندان یا نوشتن نامه.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="308" />
        <source>What did you do?</source>
        <translation>چه کردید؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="310" />
        <source>When?</source>
        <translation>کی؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="312" />
        <source>What answer did you get?</source>
        <translation>چه پاسخی گرفتید؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="315" />
        <source>Add this step</source>
        <translation>افزودن این کار</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="319" />
        <source>Steps the family took</source>
        <translation>کارهایی که خانواده کرد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="321" />
        <source>Remove the chosen step</source>
        <translation>حذف کار انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="353" />
        <source>Who may see your account?</source>
        <translation>چه کسانی می‌توانند روایت شما را ببینند؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="356" />
        <source>Please answer each question. You can change your mind later at any time.</source>
        <translation>لطفاً به همه‌ی پرسش‌ها پاسخ دهید. هر زمان بخواهید می‌توانید نظرتان را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="358" />
        <source>May we give your account to the United Nations?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به سازمان ملل متحد بدهیم؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="359" />
        <source>May we give your account to Amnesty International?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به عفو بین‌الملل بدهیم؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="360" />
        <source>May we give your account to lawyers working on these cases?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به وکیلانی بدهیم که روی این پرونده‌ها کار می‌کنند؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="361" />
        <source>May we publish your account for everyone to read?</source>
        <translation>آیا اجازه می‌دهید روایت شما را منتشر کنیم تا همه بخوانند؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="362" />
        <source>May we say your name when we give your account to others?</source>
        <translation>آیا اجازه می‌دهید وقتی روایت شما را به دیگران می‌دهیم، نام شما را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="366" />
        <source>Does your account speak of any of these?</source>
        <translation>آیا روایت شما از هیچ‌یک از این‌ها سخن می‌گوید؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="368" />
        <source>Torture</source>
        <translation>شکنجه</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="369" />
        <source>Sexual violence</source>
        <translation>خشونت جنسی</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="370" />
        <source>Illness, injuries or medical care</source>
        <translation>بیماری، جراحت یا درمان</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="378" />
        <source>May we share those parts of your account too?</source>
        <translation>آیا اجازه می‌دهید آن بخش‌های روایت شما را هم بدهیم؟</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="401" />
        <source>Thank you</source>
        <translation>سپاس</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="406" />
        <source>When you press “Save my account”, your account is saved in this file. Someone helping you can read it over with you and add details later.</source>
        <translation>وقتی «روایتم را ذخیره کن» را بزنید، روایت شما در این پرونده ذخیره می‌شود. کسی که به شما کمک می‌کند می‌تواند بعداً آن را با شما مرور کند و جزئیات را بیفزاید.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="452" />
        <source>As told by a family member in a testimony.</source>
        <translation>به روایت یکی از اعضای خانواده.</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="505" />
        <source>Your account could not be saved:</source>
        <translation>روایت شما ذخیره نشد:</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../labels.py" line="93" />
        <source>Victim</source>
        <translation>قربانی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="94" />
        <source>Relative</source>
        <translation>خویشاوند</translation>
    </message>
    <message>
        <location filename="../labels.py" line="95" />
        <source>Witness</source>
        <translation>راوی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="96" />
        <source>Official</source>
        <translation>مقام مسئول</translation>
    </message>
    <message>
        <location filename="../labels.py" line="97" />
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <location filename="../labels.py" line="98" />
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="99" />
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../labels.py" line="100" />
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <location filename="../labels.py" line="101" />
        <source>Known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="102" />
        <source>Unmarked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="103" />
        <source>Disputed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="104" />
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <location filename="../labels.py" line="105" />
        <source>Inaccurate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="106" />
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="107" />
        <source>United Nations</source>
        <translation>سازمان ملل متحد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="108" />
        <source>Amnesty International</source>
        <translation>عفو بین‌الملل</translation>
    </message>
    <message>
        <location filename="../labels.py" line="109" />
        <source>Lawyers</source>
        <translation>وکیلان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="110" />
        <source>Public</source>
        <translation>عموم</translation>
    </message>
    <message>
        <location filename="../labels.py" line="111" />
        <source>Full name</source>
        <translation>نام کامل</translation>
    </message>
    <message>
        <location filename="../labels.py" line="112" />
        <source>Initials only</source>
        <translation>فقط حروف اول</translation>
    </message>
    <message>
        <location filename="../labels.py" line="113" />
        <source>Restricted</source>
        <translation>محدود</translation>
    </message>
    <message>
        <location filename="../labels.py" line="114" />
        <source>Confidential</source>
        <translation>محرمانه</translation>
    </message>
    <message>
        <location filename="../labels.py" line="115" />
        <source>Political group</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="116" />
        <source>State body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="117" />
        <source>Court</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="118" />
        <source>Prison authority</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="119" />
        <source>Security service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="120" />
        <source>NGO</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="121" />
        <source>UN body</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="122" />
        <source>Media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="123" />
        <source>Prison</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="124" />
        <source>Cemetery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="125" />
        <source>City</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="126" />
        <source>Province</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="127" />
        <source>Country</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="128" />
        <source>Mass execution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="129" />
        <source>Execution</source>
        <translation>اعدام</translation>
    </message>
    <message>
        <location filename="../labels.py" line="130" />
        <source>Arrest wave</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="131" />
        <source>Trial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="132" />
        <source>Committee session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="133" />
        <source>Transfer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="134" />
        <source>Burial</source>
        <translation>خاکسپاری</translation>
    </message>
    <message>
        <location filename="../labels.py" line="135" />
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="136" />
        <source>Disclosure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="137" />
        <source>Denial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="138" />
        <source>Arrest</source>
        <translation>بازداشت</translation>
    </message>
    <message>
        <location filename="../labels.py" line="139" />
        <source>Detention</source>
        <translation>زندان</translation>
    </message>
    <message>
        <location filename="../labels.py" line="140" />
        <source>Sentence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="141" />
        <source>Torture</source>
        <translation>شکنجه</translation>
    </message>
    <message>
        <location filename="../labels.py" line="142" />
        <source>Enforced disappearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="143" />
        <source>Secret burial</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="144" />
        <source>Harassment of family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="145" />
        <source>Ordered</source>
        <translation>دستور داد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="146" />
        <source>Decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="147" />
        <source>Carried out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="148" />
        <source>Supervised</source>
        <translation>نظارت کرد</translation>
    </message>
    <message>
        <location filename="../labels.py" line="149" />
        <source>Covered up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="150" />
        <source>Denied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="151" />
        <source>Was informed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="152" />
        <source>Established</source>
        <translation>اثبات‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="153" />
        <source>Alleged</source>
        <translation>ادعا‌شده</translation>
    </message>
    <message>
        <location filename="../labels.py" line="154" />
        <source>Suspected</source>
        <translation>مظنون</translation>
    </message>
    <message>
        <location filename="../labels.py" line="155" />
        <source>Mother</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="156" />
        <source>Father</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="157" />
        <source>Sibling</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="158" />
        <source>Spouse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="159" />
        <source>Child</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="160" />
        <source>Cellmate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="161" />
        <source>Lawyer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="162" />
        <source>Inquiry to authorities</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="163" />
        <source>Prison visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="164" />
        <source>Letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="165" />
        <source>Legal petition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="166" />
        <source>Submission to the UN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="167" />
        <source>Public appeal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="168" />
        <source>Sexual violence</source>
        <translation>خشونت جنسی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="169" />
        <source>Medical</source>
        <translation>پزشکی</translation>
    </message>
    <message>
        <location filename="../labels.py" line="170" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="171" />
        <source>Audio</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="172" />
        <source>Video</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="173" />
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="174" />
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <location filename="../labels.py" line="175" />
        <source>News</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="176" />
        <source>Book</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="177" />
        <source>Testimony record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="178" />
        <source>Transliteration</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="179" />
        <source>Assumed name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="180" />
        <source>Nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../labels.py" line="181" />
        <source>Kunya</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../wizard.py" line="44" />
        <source>I would rather just tell it</source>
        <translation>ترجیح می‌دهم فقط تعریف کنم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="45" />
        <source>They were arrested</source>
        <translation>بازداشت شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="46" />
        <source>They were held in prison</source>
        <translation>زندانی شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="47" />
        <source>They were put on trial</source>
        <translation>محاکمه شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="48" />
        <source>They were executed</source>
        <translation>اعدام شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="51" />
        <source>They disappeared; we were never told where they are</source>
        <translation>ناپدید شد؛ هرگز به ما نگفتند کجاست</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="53" />
        <source>They were buried in secret</source>
        <translation>مخفیانه به خاک سپرده شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="54" />
        <source>They were tortured</source>
        <translation>شکنجه شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="55" />
        <source>Our family was threatened or harassed</source>
        <translation>خانواده‌مان تهدید یا آزار شد</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="56" />
        <location filename="../wizard.py" line="69" />
        <source>Something else</source>
        <translation>چیز دیگر</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="62" />
        <source>Went to the prison</source>
        <translation>به زندان رفتیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="63" />
        <source>Asked the authorities</source>
        <translation>از مقامات پرسیدیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="64" />
        <source>Wrote a letter</source>
        <translation>نامه نوشتیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="65" />
        <source>Went to a court or a lawyer</source>
        <translation>به دادگاه یا وکیل مراجعه کردیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="66" />
        <source>Wrote to the United Nations</source>
        <translation>به سازمان ملل نوشتیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="67" />
        <source>Made a public appeal</source>
        <translation>درخواست عمومی کردیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="68" />
        <source>Spoke to journalists</source>
        <translation>با روزنامه‌نگاران صحبت کردیم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="75" />
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="76" />
        <source>I am their mother</source>
        <translation>مادرش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="77" />
        <source>I am their father</source>
        <translation>پدرش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="78" />
        <source>I am their sister or brother</source>
        <translation>خواهر یا برادرش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="79" />
        <source>I am their wife or husband</source>
        <translation>همسرش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="80" />
        <source>I am their daughter or son</source>
        <translation>فرزندش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="81" />
        <source>I am another relative</source>
        <translation>از خویشاوندانش هستم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="82" />
        <source>I was in prison with them</source>
        <translation>با او هم‌بند بودم</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="83" />
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="134" />
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <location filename="../wizard.py" line="135" />
        <source>No</source>
        <translation>نه</translation>
    </message>
</context>
<context>
    <name>_TransferDialog</name>
    <message>
        <location filename="../transfer.py" line="89" />
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="90" />
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="105" />
        <source>Problems found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="110" />
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../transfer.py" line="111" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="127" />
        <source>Choose a file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="131" />
        <source>Working…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="145" />
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="174" />
        <source>It did not work: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../transfer.py" line="178" />
        <source>Cancelled; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>