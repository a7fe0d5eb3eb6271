<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>ActsList</name>
    <message>
        <location filename="../../casefile/desktop/editors/acts_list.py" line="35"/>
        <source>What has been recorded about them</source>
        <translation>آنچه درباره‌ی او ثبت شده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/acts_list.py" line="37"/>
        <source>Nothing yet. Use “Add act…” below to record what happened to them.</source>
        <translation>هنوز چیزی نیست. برای ثبت آنچه بر سر او آمد، «افزودن اقدام…» را در پایین بزنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/acts_list.py" line="40"/>
        <source>Acts already recorded</source>
        <translation>اقدامات ثبت‌شده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/acts_list.py" line="44"/>
        <source>Open the chosen act</source>
        <translation>باز کردن اقدام انتخاب‌شده</translation>
    </message>
</context>
<context>
    <name>AliasesEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="240"/>
        <source>Other name</source>
        <translation>نام دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="246"/>
        <source>Add other name</source>
        <translation>افزودن نام دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="248"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>AttachmentsEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="86"/>
        <source>Drop files here, or:</source>
        <translation>پرونده‌ها را اینجا رها کنید، یا:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="89"/>
        <source>Choose a file…</source>
        <translation>انتخاب یک پرونده…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="89"/>
        <source>Add files…</source>
        <translation>افزودن پرونده…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="91"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="99"/>
        <source>Adding files</source>
        <translation>در حال افزودن پرونده‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="100"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="114"/>
        <source>Choose a file to attach</source>
        <translation>پرونده‌ای را برای پیوست انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="117"/>
        <source>Choose files to attach</source>
        <translation>پرونده‌هایی را برای پیوست انتخاب کنید</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/desktop/editors/attachments.py" line="137"/>
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>در حال افزودن %Ln پرونده…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/desktop/editors/attachments.py" line="175"/>
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%Ln پرونده افزوده شد.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="179"/>
        <source>The files could not be added: %1</source>
        <translation>پرونده‌ها افزوده نشدند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/attachments.py" line="182"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="69"/>
        <source>No backup of this case file yet</source>
        <translation>هنوز پشتیبانی از این پرونده ساخته نشده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="72"/>
        <source>Last backup: %1</source>
        <translation>آخرین پشتیبان: %1</translation>
    </message>
</context>
<context>
    <name>CaseSettingsDialog</name>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="142"/>
        <location filename="../../casefile/desktop/case_settings.py" line="150"/>
        <location filename="../../ui/case_settings_dialog.ui" line="8"/>
        <source>Case settings</source>
        <translation>تنظیمات پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/case_settings_dialog.ui" line="13"/>
        <source>The title of this case file, and who submits its dossiers. A UN dossier names the submitter and how to reach them; if their identity must stay confidential it is printed only on a separate last page marked not for transmission, and never in public dossiers.</source>
        <translation>عنوان این پرونده، و کسی که پرونده‌های PDF آن را ارائه می‌دهد. پرونده‌ای که برای سازمان ملل تهیه می‌شود نام ارائه‌دهنده و راه تماس با او را می‌آورد؛ اگر هویت او باید محرمانه بماند، فقط در برگه‌ای جداگانه در پایان با نشان «برای ارسال نیست» چاپ می‌شود، و هرگز در پرونده‌های عمومی نمی‌آید.</translation>
    </message>
    <message>
        <location filename="../../ui/case_settings_dialog.ui" line="28"/>
        <source>Title of the case file</source>
        <translation>عنوان پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="48"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;سازمان:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="49"/>
        <source>&amp;Contact (address, e-mail or phone):</source>
        <translation>راه &amp;تماس (نشانی، ایمیل یا تلفن):</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="58"/>
        <source>Keep the submitter&apos;s identity &amp;confidential (a separate page, never in public dossiers)</source>
        <translation>هویت ارائه‌دهنده &amp;محرمانه بماند (در برگه‌ای جداگانه، هرگز در پرونده‌های عمومی)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="72"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="73"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="123"/>
        <source>The case settings could not be saved.</source>
        <translation>تنظیمات پرونده ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="135"/>
        <source>Changes not saved</source>
        <translation>تغییرها ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/case_settings.py" line="136"/>
        <source>The changes to the case settings are not saved. What should happen to them?</source>
        <translation>تغییرهای تنظیمات پرونده ذخیره نشده‌اند. با آن‌ها چه کنیم؟</translation>
    </message>
</context>
<context>
    <name>CasefileApp</name>
    <message>
        <location filename="../../casefile/desktop/app.py" line="129"/>
        <location filename="../../casefile/desktop/app.py" line="159"/>
        <location filename="../../casefile/desktop/app.py" line="171"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/app.py" line="130"/>
        <source>There is no file at %1.</source>
        <translation>در %1 پرونده‌ای نیست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/app.py" line="139"/>
        <source>Open case file</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/app.py" line="141"/>
        <source>Case files (%1)</source>
        <translation>پرونده‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/app.py" line="225"/>
        <source>Backup not made</source>
        <translation>پشتیبان ساخته نشد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/app.py" line="226"/>
        <source>The automatic backup could not be made: %1</source>
        <translation>پشتیبان خودکار ساخته نشد: %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="8"/>
        <source>Change passphrase</source>
        <translation>تغییر عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="13"/>
        <source>The case file is encrypted again with the new passphrase, all at once: if anything stops it, the old passphrase still opens the file. Backups and copies made before keep the old passphrase. A lost passphrase cannot be recovered by anyone: write the new one down and keep it somewhere safe.</source>
        <translation>پرونده یک‌باره با عبارت عبور تازه دوباره رمزگذاری می‌شود: اگر چیزی آن را نیمه‌کاره بگذارد، عبارت عبور پیشین همچنان پرونده را باز می‌کند. پشتیبان‌ها و رونوشت‌هایی که پیش‌تر ساخته شده‌اند همان عبارت عبور پیشین را نگه می‌دارند. عبارت عبور گم‌شده را هیچ‌کس نمی‌تواند بازیابی کند: عبارت تازه را بنویسید و در جای امنی نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="29"/>
        <source>Current passphrase</source>
        <translation>عبارت عبور کنونی</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="41"/>
        <source>New passphrase</source>
        <translation>عبارت عبور تازه</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="53"/>
        <source>New passphrase again</source>
        <translation>دوباره عبارت عبور تازه</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="22"/>
        <source>&amp;Current passphrase:</source>
        <translation>عبارت عبور &amp;کنونی:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="34"/>
        <source>&amp;New passphrase:</source>
        <translation>عبارت عبور &amp;تازه:</translation>
    </message>
    <message>
        <location filename="../../ui/change_passphrase_dialog.ui" line="46"/>
        <source>&amp;Again:</source>
        <translation>&amp;دوباره:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="44"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;تغییر عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="45"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="52"/>
        <source>Too short: use at least 12 characters, for example four unrelated words.</source>
        <translation>خیلی کوتاه است: دست‌کم ۱۲ نویسه به کار ببرید، مثلاً چهار واژه‌ی بی‌ربط به هم.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="53"/>
        <source>Weak: longer is stronger. Four or more unrelated words are easy to remember.</source>
        <translation>ضعیف: هر چه بلندتر، قوی‌تر. چهار واژه‌ی بی‌ربط یا بیشتر را آسان می‌توان به خاطر سپرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="54"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>متوسط: چند واژه‌ی دیگر آن را قوی می‌کند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="55"/>
        <source>Strong.</source>
        <translation>قوی.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="64"/>
        <source>The current passphrase is not right. Nothing was changed.</source>
        <translation>عبارت عبور کنونی درست نیست. چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="67"/>
        <source>The two new passphrases are not the same.</source>
        <translation>دو عبارت عبور تازه یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="70"/>
        <source>The new passphrase is too short: use at least 8 characters.</source>
        <translation>عبارت عبور تازه خیلی کوتاه است: دست‌کم ۸ نویسه به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="73"/>
        <source>Changing the passphrase…</source>
        <translation>در حال تغییر عبارت عبور…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="95"/>
        <source>The passphrase was not changed: %1</source>
        <translation>عبارت عبور تغییر نکرد: %1</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <location filename="../../casefile/desktop/editors/undo.py" line="22"/>
        <source>Withdraw consent (%1)</source>
        <translation>پس گرفتن رضایت (%1)</translation>
    </message>
</context>
<context>
    <name>ComparisonRenderer</name>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="381"/>
        <source>What was done to them</source>
        <translation>آنچه بر او گذشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="333"/>
        <source>agree</source>
        <translation>یکسان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="390"/>
        <source>consent withdrawn</source>
        <translation>رضایت پس گرفته شده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="334"/>
        <source>differ</source>
        <translation>متفاوت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="393"/>
        <source>may be shared with: %1</source>
        <translation>می‌تواند به این‌ها داده شود: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="388"/>
        <source>no consent recorded</source>
        <translation>رضایتی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="335"/>
        <source>one side only</source>
        <translation>فقط در یکی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="342"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="8"/>
        <source>Conflicts</source>
        <translation>ناسازگاری‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="22"/>
        <source>Conflicts waiting</source>
        <translation>ناسازگاری‌های در انتظار</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="99"/>
        <source>&amp;Keep mine</source>
        <translation>&amp;نسخه‌ی من بماند</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="105"/>
        <source>&amp;Take theirs</source>
        <translation>نسخه‌ی &amp;دیگر را بپذیر</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="111"/>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="117"/>
        <source>&amp;Later</source>
        <translation>&amp;بعداً</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="98"/>
        <source>Keep this copy&apos;s value; the other copy&apos;s is set aside</source>
        <translation>مقدار این نسخه می‌ماند؛ مقدار نسخه‌ی دیگر کنار گذاشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="104"/>
        <source>Take the other copy&apos;s value in place of this copy&apos;s</source>
        <translation>مقدار نسخه‌ی دیگر به جای مقدار این نسخه گذاشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="110"/>
        <source>Type the value both should have</source>
        <translation>مقداری را بنویسید که هر دو نسخه باید داشته باشند</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="116"/>
        <source>Leave it waiting and go to the next conflict</source>
        <translation>این یکی در انتظار بماند؛ رفتن به ناسازگاری بعدی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="186"/>
        <source>Close</source>
        <extracomment>a link to a record was clicked: show it in the main window</extracomment>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="217"/>
        <source>One conflict waits.</source>
        <translation>یک ناسازگاری در انتظار است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="219"/>
        <source>%1 conflicts wait.</source>
        <translation>%1 ناسازگاری در انتظار است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="225"/>
        <source>In each, the same thing was changed differently in this copy and in another; this copy keeps its value until you choose.</source>
        <translation>در هر یک، چیزی در این نسخه و در نسخه‌ای دیگر به دو گونه‌ی متفاوت تغییر کرده است؛ تا شما انتخاب نکنید، این نسخه مقدار خود را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="230"/>
        <source>No conflicts wait. Every merge so far is settled.</source>
        <translation>هیچ ناسازگاری‌ای در انتظار نیست. همه‌ی ادغام‌ها تا اینجا حل شده‌اند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="242"/>
        <source>the whole record</source>
        <translation>کل رکورد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="267"/>
        <source>The other copy: %1</source>
        <translation>نسخه‌ی دیگر: %1</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="50"/>
        <source>Before (what both copies had)</source>
        <translation>پیش‌تر (آنچه هر دو نسخه داشتند)</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="58"/>
        <source>This copy</source>
        <translation>این نسخه</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.ui" line="66"/>
        <source>The other copy</source>
        <translation>نسخه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="277"/>
        <source>One copy deleted this record and the other changed it. Keep mine keeps this copy as it is; Take theirs makes it as in the other copy (deleted, or back with its changes).</source>
        <translation>یک نسخه این رکورد را حذف کرده و نسخه‌ی دیگر آن را تغییر داده است. «نسخه‌ی من بماند» این نسخه را همان‌گونه که هست نگه می‌دارد؛ «نسخه‌ی دیگر را بپذیر» آن را مانند نسخه‌ی دیگر می‌کند (حذف‌شده، یا بازگشته با تغییراتش).</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="294"/>
        <source>No version both copies had</source>
        <translation>نسخه‌ای نیست که هر دو داشته باشند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="295"/>
        <source>Deleted in this copy</source>
        <translation>در این نسخه حذف شده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="296"/>
        <source>Deleted in the other copy</source>
        <translation>در نسخه‌ی دیگر حذف شده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="299"/>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="92"/>
        <source>Iranian (Jalali)</source>
        <translation>شمسی (جلالی)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="93"/>
        <source>Gregorian</source>
        <translation>میلادی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="94"/>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="97"/>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="98"/>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="112"/>
        <source>Day</source>
        <translation>روز</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="99"/>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="123"/>
        <source>Month</source>
        <translation>ماه</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="100"/>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="121"/>
        <source>Season</source>
        <translation>فصل</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="101"/>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="125"/>
        <source>Year</source>
        <translation>سال</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="102"/>
        <source>Other (EDTF text)</source>
        <translation>دیگر (متن EDTF)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="105"/>
        <source>How exact the date is</source>
        <translation>دقت تاریخ</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="115"/>
        <source>Spring</source>
        <translation>بهار</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="116"/>
        <source>Summer</source>
        <translation>تابستان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="117"/>
        <source>Autumn</source>
        <translation>پاییز</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="118"/>
        <source>Winter</source>
        <translation>زمستان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="127"/>
        <source>e.g. 1988-07-23/1988-08-22 or ../1988-09</source>
        <translation>مثلاً 1988-07-23/1988-08-22 یا ../1988-09</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="128"/>
        <source>Date as EDTF text</source>
        <translation>تاریخ به صورت متن EDTF</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="129"/>
        <source>about</source>
        <translation>حدوداً</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="130"/>
        <source>The date is approximate</source>
        <translation>تاریخ تقریبی است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="131"/>
        <source>not sure</source>
        <translation>مطمئن نیستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="132"/>
        <source>The date is uncertain</source>
        <translation>تاریخ قطعی نیست</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="369"/>
        <source>Choose the day.</source>
        <translation>روز را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="371"/>
        <source>Choose the year.</source>
        <translation>سال را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/datewidget.py" line="376"/>
        <source>Cannot read this date: %1</source>
        <translation>این تاریخ خوانده نمی‌شود: %1</translation>
    </message>
</context>
<context>
    <name>DetailRenderer</name>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="55"/>
        <location filename="../../casefile/desktop/detail.py" line="231"/>
        <source>%1 of %2</source>
        <extracomment>a link on a victim&apos;s, official&apos;s or event&apos;s page that asks for a dossier on it</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="64"/>
        <source>%1 is the %2 of %3</source>
        <translation>%1، %2 %3</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="105"/>
        <source>This record is no longer in the case file.</source>
        <translation>این رکورد دیگر در پرونده نیست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="136"/>
        <source>Make a dossier on this…</source>
        <translation>تهیه‌ی پرونده‌ی PDF درباره‌ی این…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="171"/>
        <location filename="../../casefile/desktop/detail.py" line="264"/>
        <location filename="../../casefile/desktop/detail.py" line="303"/>
        <source>(details)</source>
        <translation>(جزئیات)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="181"/>
        <source>What was done to them</source>
        <translation>آنچه بر او گذشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="215"/>
        <source>Testimonies about them</source>
        <translation>شهادت‌ها درباره‌ی او</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="216"/>
        <source>Testimonies they gave</source>
        <translation>شهادت‌هایی که داده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="235"/>
        <source>Relatives and others close to them</source>
        <translation>خویشاوندان و نزدیکان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="250"/>
        <source>What the family and others did</source>
        <translation>پیگیری‌های خانواده و دیگران</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="251"/>
        <source>Sources for what was done to them</source>
        <translation>منابع آنچه بر او گذشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="307"/>
        <source>(nothing named)</source>
        <translation>(چیزی نام برده نشده)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="312"/>
        <source>What this source supports</source>
        <translation>آنچه این منبع پشتیبانی می‌کند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="323"/>
        <source>Linked from</source>
        <translation>پیوند از</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/detail.py" line="102"/>
        <source>%1 was merged into this record (the same person entered twice).</source>
        <translation>%1 در این پرونده ادغام شد (همان شخص که دو بار ثبت شده بود).</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="124"/>
        <location filename="../../casefile/desktop/dialogs.py" line="127"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="8"/>
        <source>Make dossier</source>
        <translation>تهیه‌ی پرونده‌ی PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="13"/>
        <source>A PDF dossier on a victim, an official or an event, for one audience. The consent families and witnesses gave and the confidentiality of each record decide what it shows. What is left out is listed here for you; the PDF shows no trace of it.</source>
        <translation>یک پرونده‌ی PDF درباره‌ی یک قربانی، یک مقام مسئول یا یک رویداد، برای یک مخاطب. آنچه در آن می‌آید را رضایتی که خانواده‌ها و شاهدان داده‌اند و محرمانه بودن هر رکورد تعیین می‌کند. آنچه کنار گذاشته می‌شود فقط برای شما در اینجا فهرست می‌شود؛ در PDF هیچ نشانی از آن نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="22"/>
        <source>&amp;Subject:</source>
        <translation>&amp;درباره‌ی:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="37"/>
        <source>Audience</source>
        <translation>مخاطب</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="31"/>
        <source>&amp;For:</source>
        <translation>&amp;برای:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="54"/>
        <source>Language of the dossier</source>
        <translation>زبان پرونده‌ی PDF</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="68"/>
        <source>File to save the dossier in</source>
        <translation>پرونده‌ای که PDF در آن ذخیره می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="74"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="73"/>
        <source>Choose where to save the dossier</source>
        <translation>جای ذخیره‌ی پرونده‌ی PDF را انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="59"/>
        <source>Save &amp;as:</source>
        <translation>ذخیره &amp;با نام:</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="83"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="101"/>
        <source>Left out of this dossier, and why (for you only; not in the PDF):</source>
        <translation>آنچه از این پرونده کنار گذاشته شد و چرا (فقط برای شما؛ در PDF نمی‌آید):</translation>
    </message>
    <message>
        <location filename="../../ui/dossier_dialog.ui" line="108"/>
        <source>What was left out of the dossier, and why</source>
        <translation>آنچه از پرونده کنار گذاشته شد و چرا</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="169"/>
        <source>&amp;Make dossier</source>
        <translation>&amp;تهیه‌ی پرونده‌ی PDF</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="170"/>
        <source>&amp;Open PDF</source>
        <translation>&amp;باز کردن PDF</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="171"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="172"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="202"/>
        <source>UN human rights mechanisms</source>
        <translation>سازوکارهای حقوق بشری سازمان ملل متحد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="204"/>
        <source>Lawyers acting for the families</source>
        <translation>وکیلان خانواده‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="205"/>
        <source>The public (anyone may read it)</source>
        <translation>عموم مردم (هر کسی می‌تواند آن را بخواند)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="211"/>
        <source>For a submission to the UN Working Group on Enforced or Involuntary Disappearances or a Special Rapporteur. Victims are named, and testimonies shown, only where the family and the witness agreed to share them with the UN. Ends with the checklist of what the Working Group needs.</source>
        <translation>برای فرستادن به کارگروه ناپدیدشدگی قهری یا غیرارادی سازمان ملل متحد یا به یک گزارشگر ویژه. نام قربانیان فقط در جایی می‌آید که خانواده رضایت داده باشد، و شهادت‌ها فقط در جایی که شاهد رضایت داده باشد که به سازمان ملل داده شوند. در پایان، فهرست آنچه کارگروه لازم دارد می‌آید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="217"/>
        <source>For Amnesty International&apos;s researchers. Names and testimonies only where the consent given covers Amnesty International.</source>
        <translation>برای پژوهشگران عفو بین‌الملل. نام‌ها و شهادت‌ها فقط در جایی می‌آیند که رضایت داده‌شده عفو بین‌الملل را هم در بر بگیرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="221"/>
        <source>For lawyers working for the families. Names and testimonies only where the consent given covers lawyers.</source>
        <translation>برای وکیلانی که برای خانواده‌ها کار می‌کنند. نام‌ها و شهادت‌ها فقط در جایی می‌آیند که رضایت داده‌شده وکیلان را هم در بر بگیرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="225"/>
        <source>For publishing. Only records marked public, and names only where the family agreed to make them public. Restricted records and sensitive testimony never appear.</source>
        <translation>برای انتشار. فقط رکوردهایی که «عمومی» علامت خورده‌اند، و نام‌ها فقط در جایی که خانواده به انتشار آن رضایت داده است. رکوردهای «محدود» و شهادت‌هایی که موضوعات حساس دارند هرگز در آن نمی‌آیند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="291"/>
        <source>Save the dossier as</source>
        <translation>ذخیره‌ی پرونده‌ی PDF با نام</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="291"/>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="317"/>
        <source>Choose the victim, official or event the dossier is about.</source>
        <translation>قربانی، مقام مسئول یا رویدادی را که پرونده درباره‌ی آن است انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="323"/>
        <source>There is no record “%1” in this case file. Choose one from the list.</source>
        <translation>رکوردی با نام «%1» در این پرونده نیست. یکی را از فهرست انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="325"/>
        <source>A dossier is made on a victim, an official or an event; “%1” is none of these.</source>
        <translation>پرونده‌ی PDF درباره‌ی یک قربانی، یک مقام مسئول یا یک رویداد تهیه می‌شود؛ «%1» هیچ‌یک از این‌ها نیست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="331"/>
        <source>Choose where to save the PDF.</source>
        <translation>جای ذخیره‌ی PDF را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="335"/>
        <source>Making the dossier…</source>
        <translation>در حال تهیه‌ی پرونده‌ی PDF…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="358"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="399"/>
        <source>The dossier is saved: %1 (%2 pages).</source>
        <translation>پرونده‌ی PDF ذخیره شد: %1 (%2 صفحه).</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="410"/>
        <source>The dossier was not made, and no file was written: %1</source>
        <translation>پرونده‌ی PDF تهیه نشد و هیچ پرونده‌ای نوشته نشد: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="417"/>
        <source>Cancelled. No file was written.</source>
        <translation>لغو شد. هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="436"/>
        <source>Nothing was left out.</source>
        <translation>چیزی کنار گذاشته نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="454"/>
        <source>No program to show PDF files was found. The dossier is at %1.</source>
        <translation>برنامه‌ای برای نمایش PDF پیدا نشد. پرونده‌ی PDF در اینجاست: %1</translation>
    </message>
</context>
<context>
    <name>DraftsDialog</name>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="89"/>
        <source>Kept drafts</source>
        <translation>پیش‌نویس‌های نگه‌داشته</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="91"/>
        <source>Kept on %1</source>
        <translation>نگه‌داشته در %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="101"/>
        <source>Go on with this draft</source>
        <translation>ادامه با این پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="103"/>
        <source>Throw this draft away…</source>
        <translation>دور انداختن این پیش‌نویس…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="105"/>
        <source>Start anew</source>
        <translation>از نو شروع کنم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="127"/>
        <source>Throw the draft away</source>
        <translation>دور انداختن پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="128"/>
        <source>Throw this draft away? What it holds cannot be brought back.</source>
        <translation>این پیش‌نویس دور انداخته شود؟ آنچه در آن است دیگر برنمی‌گردد.</translation>
    </message>
</context>
<context>
    <name>DuplicateActions</name>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="425"/>
        <source>Find &amp;duplicates…</source>
        <translation>یافتن &amp;موارد تکراری…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="426"/>
        <source>Persons who may be one person entered twice, to review one pair at a time</source>
        <translation>اشخاصی که شاید یک شخصِ دو بار ثبت‌شده باشند، برای بررسی جفت به جفت</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="57"/>
        <source>Merge %1 into %2</source>
        <translation>ادغام %1 در %2</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="76"/>
        <source>Not the same person: %1, %2</source>
        <translation>دو شخص جدا: %1، %2</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="293"/>
        <source>%1 was merged into %2 (Edit › Undo takes it back).</source>
        <translation>%1 در %2 ادغام شد (ویرایش › واگرد آن را برمی‌گرداند).</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="181"/>
        <source>&amp;Not the same</source>
        <translation>&amp;دو شخص جدا</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="173"/>
        <source>&amp;Same person</source>
        <translation>&amp;یک شخص</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="183"/>
        <source>&amp;Unsure</source>
        <translation>&amp;مطمئن نیستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="185"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="8"/>
        <source>Find duplicates</source>
        <translation>یافتن موارد تکراری</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="42"/>
        <source>Keep the record:</source>
        <translation>پرونده‌ای که بماند:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="184"/>
        <source>Leave this pair for later</source>
        <translation>این جفت برای بعد بماند</translation>
    </message>
    <message>
        <location filename="../../ui/duplicates_dialog.ui" line="24"/>
        <source>Look again</source>
        <translation>جست‌وجوی دوباره</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="193"/>
        <source>Looking for persons entered twice…</source>
        <translation>در جست‌وجوی اشخاصی که دو بار ثبت شده‌اند…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="176"/>
        <source>Merge the two records into the one chosen to keep: the other&apos;s names become other names, what it said differently is kept as a reported variant, everything linked to it follows. Edit › Undo takes it back.</source>
        <translation>دو پرونده در پرونده‌ای که برای ماندن انتخاب شده یکی می‌شوند: نام‌های دیگری نام‌های دیگر او می‌شود، آنچه دیگری به شکلی دیگر گفته بود در کنار آن نگه داشته می‌شود و هر چه به آن پیوند داشت به این پرونده می‌آید. ویرایش › واگرد آن را برمی‌گرداند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="237"/>
        <source>No more likely duplicates.</source>
        <translation>مورد تکراری محتمل دیگری نیست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="239"/>
        <source>Pairs that may be one person entered twice: %1</source>
        <translation>جفت‌هایی که شاید یک شخصِ دو بار ثبت‌شده باشند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="304"/>
        <source>Remembered as two people.</source>
        <translation>به‌عنوان دو شخص جدا به خاطر سپرده شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="206"/>
        <source>Stopped.</source>
        <translation>متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/duplicates.py" line="182"/>
        <source>Two people: this pair will not be offered again</source>
        <translation>دو شخص جدا: این جفت دیگر پیشنهاد نمی‌شود</translation>
    </message>
</context>
<context>
    <name>EditValueDialog</name>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="113"/>
        <source>Edit the value</source>
        <translation>ویرایش مقدار</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="117"/>
        <source>The value of “%1” for %2 that both copies should have:</source>
        <translation>مقدار «%1» برای %2، که هر دو نسخه باید داشته باشند:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="134"/>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/conflicts_view.py" line="135"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="8"/>
        <source>Erase permanently</source>
        <translation>پاک‌کردن برای همیشه</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="13"/>
        <source>Erasing removes these records and every earlier version of them from this case file for good, including the history of changes. It cannot be undone. Use it when a family withdraws or a witness is in danger; to hide a record from dossiers, withdraw the consent instead.</source>
        <translation>پاک‌کردن این رکوردها و همه‌ی نسخه‌های پیشینِ آن‌ها را برای همیشه از این پرونده برمی‌دارد، همراه با تاریخچه‌ی تغییرها. برگشت‌پذیر نیست. برای وقتی است که خانواده‌ای رضایتش را پس می‌گیرد یا شاهدی در خطر است؛ برای پنهان‌کردن یک رکورد از پرونده‌های ارسالی، به‌جای آن رضایت را پس بگیرید.</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="20"/>
        <source>Records that will be erased</source>
        <translation>رکوردهایی که پاک می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="25"/>
        <source>These records stay but will no longer refer to them:</source>
        <translation>این رکوردها می‌مانند، اما دیگر به آن‌ها اشاره نمی‌کنند:</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="35"/>
        <source>Copies made before still hold them: backups (the automatic ones too), shares, exports and other laptops&apos; copies. Erase them there as well, or destroy those copies.</source>
        <translation>نسخه‌هایی که پیش‌تر ساخته شده‌اند هنوز آن‌ها را دارند: پشتیبان‌ها (خودکارها هم)، هم‌رسانی‌ها، خروجی‌ها و نسخه‌های لپ‌تاپ‌های دیگر. آن‌جا هم پاکشان کنید، یا آن نسخه‌ها را از بین ببرید.</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="44"/>
        <source>Why (kept in the history; do not write the person&apos;s name)</source>
        <translation>چرا (در تاریخچه می‌ماند؛ نام آن شخص را ننویسید)</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="43"/>
        <source>Reason for erasing</source>
        <translation>دلیل پاک‌کردن</translation>
    </message>
    <message>
        <location filename="../../ui/erase_dialog.ui" line="49"/>
        <source>I understand that this cannot be undone</source>
        <translation>می‌دانم که این کار برگشت‌پذیر نیست</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/erase_dialog.py" line="53"/>
        <source>&amp;Erase permanently</source>
        <translation>&amp;پاک‌کردن برای همیشه</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/erase_dialog.py" line="55"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/erase_dialog.py" line="65"/>
        <source>Erasing…</source>
        <translation>در حال پاک‌کردن…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/erase_dialog.py" line="84"/>
        <source>Nothing was erased: %1</source>
        <translation>چیزی پاک نشد: %1</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="159"/>
        <source>Something went wrong</source>
        <translation>خطایی رخ داد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="174"/>
        <source>This is a fault in Casefile, not something you did. What you saved before is safe. If it happens again, copy the details and send them to whoever helps you with Casefile.</source>
        <translation>این خطایی در Casefile است، نه کاری که شما کرده‌اید. آنچه پیش‌تر ذخیره کرده‌اید سالم است. اگر دوباره پیش آمد، جزئیات را رونوشت کنید و برای کسی بفرستید که در کار با Casefile به شما کمک می‌کند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="184"/>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="186"/>
        <source>Show details</source>
        <translation>نمایش جزئیات</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="187"/>
        <source>Copy details</source>
        <translation>رونوشت جزئیات</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="188"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="200"/>
        <source>Copied</source>
        <translation>رونوشت شد</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="247"/>
        <location filename="../../casefile/desktop/editors/transfer.py" line="258"/>
        <source>Export</source>
        <translation>صادر کردن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="250"/>
        <source>Export the whole case file as a Casefile exchange document (.json). Warning: the exported file is not encrypted. Anyone who gets it can read everything in it, including confidential records and the names of witnesses. Keep it somewhere safe.</source>
        <translation>همه‌ی پرونده به شکل یک سند تبادل Casefile ‏(.json) صادر می‌شود. هشدار: پرونده‌ی صادرشده رمزگذاری نشده است. هر کس به آن دست یابد می‌تواند همه‌ی آن را بخواند، از جمله رکوردهای محرمانه و نام شاهدان. آن را در جای امنی نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="255"/>
        <source>Include attached files</source>
        <translation>پرونده‌های پیوست هم همراهش باشد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="263"/>
        <source>Export to</source>
        <translation>صادر کردن به</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="263"/>
        <source>Exchange documents (*.json)</source>
        <translation>سندهای تبادل (*.json)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="274"/>
        <source>Exported %1 records to %2.</source>
        <translation>%1 رکورد به %2 صادر شد.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="110"/>
        <source>Who they are</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="128"/>
        <source>What happened to them</source>
        <translation>آنچه بر او گذشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="131"/>
        <source>Family&apos;s consent</source>
        <translation>رضایت خانواده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="132"/>
        <source>Photo and notes</source>
        <translation>عکس و یادداشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="209"/>
        <source>The victim may be named by</source>
        <translation>نام قربانی را می‌توان این‌گونه آورد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="287"/>
        <source>Listed as %1 because an act names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک اقدام از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="288"/>
        <source>Listed as %1 because an intervention names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک پیگیری از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="289"/>
        <source>Listed as %1 because a relation names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک نسبت خانوادگی از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="290"/>
        <source>Listed as %1 because a testimony names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک شهادت از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="291"/>
        <source>Listed as %1 because an involvement names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک نقش‌آفرینی از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="292"/>
        <source>Listed as %1 because a position names them.</source>
        <translation>به‌عنوان %1 آمده است، چون یک سمت از او نام می‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/form.py" line="294"/>
        <source>Listed as %1 because another record names them.</source>
        <translation>به‌عنوان %1 آمده است، چون رکورد دیگری از او نام می‌برد.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="198"/>
        <location filename="../../casefile/desktop/editors/transfer.py" line="206"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="201"/>
        <source>Import a Casefile exchange document (.json). It is checked whole first: if anything in it is wrong, nothing is imported and every problem is listed. A record whose id is already in the case file is updated. An import cannot be undone.</source>
        <translation>یک سند تبادل Casefile ‏(.json) را وارد کنید. نخست همه‌ی آن بررسی می‌شود: اگر چیزی در آن نادرست باشد، هیچ چیز وارد نمی‌شود و همه‌ی ایرادها فهرست می‌شوند. رکوردی که شناسه‌اش از پیش در پرونده هست به‌روز می‌شود. وارد کردن را نمی‌توان واگرد کرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="210"/>
        <source>Import a document</source>
        <translation>وارد کردن یک سند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="210"/>
        <source>Exchange documents (*.json);;All files (*)</source>
        <translation>سندهای تبادل (*.json);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../casefile/desktop/editors/transfer.py" line="223"/>
        <source>Nothing was imported. The document has %n problem(s):</source>
        <translation>
            <numerusform>هیچ چیز وارد نشد. این سند %Ln ایراد دارد:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="231"/>
        <source>Imported: %1 added, %2 updated, %3 unchanged.</source>
        <translation>وارد شد: %1 افزوده، %2 به‌روز شده، %3 بدون تغییر.</translation>
    </message>
</context>
<context>
    <name>LanguageCombo</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="498"/>
        <source>Persian (fa)</source>
        <translation>فارسی (fa)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="499"/>
        <source>English (en)</source>
        <translation>انگلیسی (en)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="500"/>
        <source>Kurdish (ku)</source>
        <translation>کردی (ku)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="501"/>
        <source>Azerbaijani (az)</source>
        <translation>ترکی آذربایجانی (az)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="502"/>
        <source>Arabic (ar)</source>
        <translation>عربی (ar)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="503"/>
        <source>Turkish (tr)</source>
        <translation>ترکی (tr)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="504"/>
        <source>German (de)</source>
        <translation>آلمانی (de)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="505"/>
        <source>French (fr)</source>
        <translation>فرانسوی (fr)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="506"/>
        <source>Swedish (sv)</source>
        <translation>سوئدی (sv)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="263"/>
        <source>Relatives and witnesses</source>
        <translation>خویشاوندان و شاهدان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="264"/>
        <source>Officials</source>
        <translation>مقام‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="272"/>
        <source>Search the whole case file (Ctrl+F)</source>
        <translation>جست‌وجو در همه‌ی پرونده (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="273"/>
        <source>Search the whole case file</source>
        <translation>جست‌وجو در همه‌ی پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="274"/>
        <source>Names in Persian or Latin letters, places, words of testimonies</source>
        <translation>نام‌ها به خط فارسی یا لاتین، مکان‌ها، واژه‌های شهادت‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="275"/>
        <location filename="../../ui/main_window.ui" line="197"/>
        <source>Main toolbar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="276"/>
        <source>Change &amp;passphrase…</source>
        <translation>تغییر &amp;عبارت عبور…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="278"/>
        <source>Encrypt the case file with a new passphrase (backups made before keep the old one)</source>
        <translation>رمزگذاری پرونده با عبارت عبوری تازه (پشتیبان‌های پیشین عبارت عبور پیشین را نگه می‌دارند)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="280"/>
        <source>Case se&amp;ttings…</source>
        <translation>&amp;تنظیمات پرونده…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="281"/>
        <source>E&amp;rase permanently…</source>
        <translation>پاک‌کردن &amp;برای همیشه…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="282"/>
        <source>The title of this case file and who submits its dossiers</source>
        <translation>عنوان این پرونده و کسی که پرونده‌های PDF آن را ارائه می‌دهد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="283"/>
        <source>Make &amp;dossier…</source>
        <translation>تهیه‌ی پرونده‌ی &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="286"/>
        <source>A PDF dossier on the victim, official or event shown, for the UN, Amnesty, lawyers or the public</source>
        <translation>یک پرونده‌ی PDF درباره‌ی قربانی، مقام مسئول یا رویدادی که نمایش داده می‌شود، برای سازمان ملل متحد، عفو بین‌الملل، وکیلان یا عموم مردم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="291"/>
        <source>Casefile — %1 (demo: fictional people, not encrypted)</source>
        <translation>Casefile — %1 (نمونه: آدم‌های خیالی، بدون رمزگذاری)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="293"/>
        <source>Casefile — %1</source>
        <translation>Casefile — %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="295"/>
        <source>Casefile — %1 (not encrypted)</source>
        <translation>Casefile — %1 (بدون رمزگذاری)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="300"/>
        <source>&amp;Hide the case file</source>
        <translation>&amp;پنهان کردن پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="303"/>
        <source>This case file is not encrypted: hiding it only clears this window. Anyone who has the file can read it without a passphrase. (Ctrl+L)</source>
        <translation>این پرونده رمزگذاری نشده است: پنهان کردن فقط این پنجره را خالی می‌کند. هر کس پرونده را داشته باشد می‌تواند آن را بی‌عبارت عبور بخواند. (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="307"/>
        <source>The case file is hidden, not locked</source>
        <translation>پرونده پنهان است، نه قفل</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="310"/>
        <source>This case file is not encrypted, so locking protects nothing: anyone who has the file can read it without a passphrase. To protect real names and accounts, create an encrypted case file (File ▸ New case file) and keep them there. Press “Unlock” to go on.</source>
        <translation>این پرونده رمزگذاری نشده است، پس قفل کردن از چیزی محافظت نمی‌کند: هر کس پرونده را داشته باشد می‌تواند آن را بی‌عبارت عبور بخواند. برای محافظت از نام‌ها و روایت‌های واقعی، یک پرونده‌ی رمزگذاری‌شده بسازید (پرونده ▸ پرونده‌ی تازه) و آن‌ها را آن‌جا نگه دارید. برای ادامه «باز کردن قفل» را بزنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="348"/>
        <source>%1 found in this list</source>
        <translation>%1 مورد در این فهرست پیدا شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="350"/>
        <source>%1 in this list</source>
        <translation>%1 مورد در این فهرست</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="415"/>
        <source>%1 found for “%2”</source>
        <translation>%1 نتیجه برای «%2»</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="417"/>
        <source>Nothing found for “%1”</source>
        <translation>چیزی برای «%1» پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="434"/>
        <source>encrypted</source>
        <translation>رمزگذاری‌شده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="434"/>
        <source>not encrypted</source>
        <translation>بدون رمزگذاری</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="436"/>
        <source>demo of fictional people, not encrypted</source>
        <translation>نمونه‌ای با آدم‌های خیالی، بدون رمزگذاری</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="438"/>
        <source>%1 · %2 · locked</source>
        <translation>%1 · %2 · قفل</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="441"/>
        <source>%1 · %2 · %3 records</source>
        <translation>%1 · %2 · %3 رکورد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="494"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="497"/>
        <source>This action stopped because of an error.</source>
        <translation>این کار به دلیل یک خطا متوقف شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="583"/>
        <source>About Casefile</source>
        <translation>درباره‌ی Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="585"/>
        <source>Casefile keeps a private, encrypted case file for documenting the victims of the 1988 prison massacre in Iran. It never uses the network.</source>
        <translation>Casefile پرونده‌ای خصوصی و رمزگذاری‌شده برای مستندسازی قربانیان کشتار زندانیان سیاسی در ایران در سال ۱۳۶۷ نگه می‌دارد. هرگز از اینترنت استفاده نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="627"/>
        <source>What was being typed was kept as a draft; open the same form again to go on with it.</source>
        <translation>آنچه در حال نوشتن بود به صورت پیش‌نویس نگه داشته شد؛ برای ادامه، همان فرم را دوباره باز کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/main_window.py" line="640"/>
        <source>That passphrase is not right. Try again.</source>
        <translation>این عبارت عبور درست نیست. دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="30"/>
        <source>Lists</source>
        <translation>فهرست‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="31"/>
        <source>The lists of the case file</source>
        <translation>فهرست‌های پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="41"/>
        <source>Filter this list by name</source>
        <translation>صافی این فهرست بر پایه‌ی نام</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="42"/>
        <source>Filter this list</source>
        <translation>صافی این فهرست</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="56"/>
        <source>Records</source>
        <translation>رکوردها</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="85"/>
        <source>Search results</source>
        <translation>نتیجه‌های جست‌وجو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="95"/>
        <source>Record details</source>
        <translation>جزئیات رکورد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="110"/>
        <source>Casefile is locked</source>
        <translation>Casefile قفل است</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="116"/>
        <source>The case file is closed and its key is gone from memory. Give the passphrase to go on.</source>
        <translation>پرونده بسته است و کلید آن از حافظه پاک شده است. برای ادامه عبارت عبور را بدهید.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="125"/>
        <location filename="../../ui/main_window.ui" line="126"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="137"/>
        <source>&amp;Unlock</source>
        <translation>&amp;باز کردن قفل</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="154"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="166"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="179"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="211"/>
        <source>&amp;New case file…</source>
        <translation>پرونده‌ی &amp;تازه…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;باز کردن پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="213"/>
        <source>Open the &amp;demo</source>
        <translation>باز کردن پرونده‌ی &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="214"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>&amp;Export…</source>
        <translation>&amp;صادر کردن…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>&amp;Close case file</source>
        <translation>&amp;بستن پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="217"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="218"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="221"/>
        <source>&amp;New record…</source>
        <translation>رکورد &amp;تازه…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222"/>
        <source>Add a record to the list shown</source>
        <translation>افزودن رکورد به فهرستی که نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="225"/>
        <source>&amp;Edit record…</source>
        <translation>&amp;ویرایش رکورد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>Edit the record shown</source>
        <translation>ویرایش رکوردی که نمایش داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="228"/>
        <source>&amp;Delete record…</source>
        <translation>&amp;حذف رکورد…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>&amp;Record a testimony…</source>
        <translation>&amp;ثبت یک شهادت…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>Step by step, in plain words, for a family member</source>
        <translation>گام‌به‌گام و به زبان ساده، برای یکی از اعضای خانواده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="233"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>&amp;Back</source>
        <translation>&amp;بازگشت</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="236"/>
        <source>Back to the previous record (Alt+Left)</source>
        <translation>بازگشت به رکورد پیشین (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239"/>
        <source>&amp;Forward</source>
        <translation>&amp;پیش</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="240"/>
        <source>Forward to the next record (Alt+Right)</source>
        <translation>رفتن به رکورد بعدی (Alt+Right)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Search the case file</source>
        <translation>&amp;جست‌وجو در پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="244"/>
        <source>&amp;Lock now</source>
        <translation>&amp;همین حالا قفل شود</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="245"/>
        <source>Hide everything and forget the key until the passphrase is given again (Ctrl+L)</source>
        <translation>همه چیز پنهان می‌شود و کلید فراموش می‌شود تا عبارت عبور دوباره داده شود (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>&amp;About Casefile</source>
        <translation>&amp;درباره‌ی Casefile</translation>
    </message>
</context>
<context>
    <name>MatchWarning</name>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="90"/>
        <source>%1%2 is already in the case file and may be the same person: %3.</source>
        <translation>%1%2 در پرونده هست و شاید همین شخص باشد: %3.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="59"/>
        <source>Open it</source>
        <extracomment>how long typing must pause before the case file is asked (the warning follows the typing) the id of the person the user wants to see the id of the person the user wants to use instead of entering a new one</extracomment>
        <translation>بازکردن آن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="94"/>
        <source>Other possible matches: %1.</source>
        <translation>موارد محتمل دیگر: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="60"/>
        <source>Use this person</source>
        <translation>همین شخص را به کار ببر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="88"/>
        <source>born %1</source>
        <translation>متولد %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/match_warning.py" line="86"/>
        <source>father: %1</source>
        <translation>پدر: %1</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="87"/>
        <source>the whole record (deleted in one copy, edited in the other)</source>
        <extracomment>How many records of each group the preview names (the counts are always whole). The preview&apos;s groups, in the order shown.</extracomment>
        <translation>کل رکورد (در یک نسخه حذف و در دیگری ویرایش شده)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="8"/>
        <source>Merge another copy</source>
        <translation>ادغام نسخه‌ای دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="13"/>
        <source>Bring into this case file what another copy of it recorded: a copy from another laptop, or a share that came back. You see what will change before anything is written. Where both copies changed the same thing differently, this copy keeps its value until you choose. The other file is never changed.</source>
        <translation>آنچه را نسخه‌ای دیگر از این پرونده ثبت کرده به این پرونده بیاورید: نسخه‌ای از رایانه‌ای دیگر، یا نسخه‌ی اشتراکی‌ای که بازگشته است. پیش از آنکه چیزی نوشته شود، می‌بینید چه چیزهایی تغییر می‌کند. هر جا هر دو نسخه چیزی را به دو گونه‌ی متفاوت تغییر داده باشند، این نسخه مقدار خود را نگه می‌دارد تا شما انتخاب کنید. پرونده‌ی دیگر هرگز تغییر نمی‌کند.</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="31"/>
        <source>The other copy</source>
        <translation>نسخه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="37"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="36"/>
        <source>Choose the other copy</source>
        <translation>انتخاب نسخه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="22"/>
        <source>&amp;Other copy:</source>
        <translation>&amp;نسخه‌ی دیگر:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="51"/>
        <source>Passphrase of the other copy</source>
        <translation>عبارت عبور نسخه‌ی دیگر</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="52"/>
        <source>its own passphrase (it may differ from this file&apos;s)</source>
        <translation>عبارت عبور خود آن (شاید با عبارت عبور این پرونده فرق داشته باشد)</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="44"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="65"/>
        <source>I am sure it belongs to this case: &amp;merge it anyway, and let me settle every conflict</source>
        <translation>مطمئنم که به این پرونده تعلق دارد: با این حال &amp;ادغام شود و همه‌ی ناسازگاری‌ها را خودم حل می‌کنم</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="70"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location filename="../../ui/merge_dialog.ui" line="89"/>
        <source>What the merge will change</source>
        <translation>آنچه ادغام تغییر خواهد داد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="158"/>
        <source>&amp;Preview</source>
        <extracomment>the user asked to see the conflicts the merge left</extracomment>
        <translation>&amp;پیش‌نمایش</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="159"/>
        <source>&amp;Merge</source>
        <translation>&amp;ادغام</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="161"/>
        <source>Settle &amp;conflicts…</source>
        <translation>حل &amp;ناسازگاری‌ها…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="163"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="164"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="195"/>
        <source>The other copy of the case</source>
        <translation>نسخه‌ی دیگر پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="197"/>
        <source>Case files (*.casefile);;All files (*)</source>
        <translation>پرونده‌ها (*.casefile);;همه‌ی پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="242"/>
        <source>Choose the other copy of the case file first.</source>
        <translation>نخست نسخه‌ی دیگر پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="247"/>
        <source>There is no file %1. Check the name and the folder.</source>
        <translation>پرونده‌ی %1 وجود ندارد. نام و پوشه را بررسی کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="254"/>
        <source>That is the case file open here. Choose another copy of it.</source>
        <translation>این همان پرونده‌ای است که اینجا باز است. نسخه‌ی دیگری از آن را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="282"/>
        <source>Merging…</source>
        <translation>در حال ادغام…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="286"/>
        <source>Comparing the two copies…</source>
        <translation>در حال مقایسه‌ی دو نسخه…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="303"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="352"/>
        <source>Writing the changes…</source>
        <translation>در حال نوشتن تغییرات…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="364"/>
        <source>That passphrase does not open %1. Check it and try again.</source>
        <translation>این عبارت عبور %1 را باز نمی‌کند. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="366"/>
        <source>%1 is encrypted: type its passphrase.</source>
        <translation>%1 رمزگذاری شده است: عبارت عبور آن را بنویسید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="377"/>
        <source>%1 was made by an older version of Casefile. Open it once in this Casefile (that brings it up to date), then merge it.</source>
        <translation>%1 با نسخه‌ی قدیمی‌تری از Casefile ساخته شده است. یک بار آن را در همین Casefile باز کنید (تا به‌روز شود)، سپس ادغامش کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="386"/>
        <source>%1 shares no history with this case file: it is not a copy of this case, nor a share made from it. Merge it only if you are sure it belongs here. Every record in it with the same id as a record here will then be a conflict for you to settle one by one.</source>
        <translation>%1 هیچ پیشینه‌ی مشترکی با این پرونده ندارد: نه نسخه‌ای از این پرونده است و نه نسخه‌ی اشتراکی‌ای که از آن ساخته شده باشد. فقط اگر مطمئنید که به اینجا تعلق دارد ادغامش کنید. در آن صورت هر رکوردی در آن که شناسه‌اش با رکوردی در اینجا یکی باشد، ناسازگاری‌ای می‌شود که باید یکی‌یکی حلش کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="415"/>
        <source>Nothing was merged; this case file is as it was: %1</source>
        <translation>چیزی ادغام نشد؛ این پرونده همان است که بود: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="424"/>
        <source>Cancelled. Nothing was merged; this case file is as it was.</source>
        <translation>لغو شد. چیزی ادغام نشد؛ این پرونده همان است که بود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="426"/>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="435"/>
        <source>New records to add: %1</source>
        <translation>رکوردهای تازه برای افزودن: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="436"/>
        <source>Records to update with the other copy&apos;s version: %1</source>
        <translation>رکوردهایی که با نسخه‌ی دیگر به‌روز می‌شوند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="437"/>
        <source>Records the other copy deleted, to delete here: %1</source>
        <translation>رکوردهایی که نسخه‌ی دیگر حذف کرده و اینجا هم حذف می‌شوند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="438"/>
        <source>Records changed in both copies, merged field by field: %1</source>
        <translation>رکوردهایی که در هر دو نسخه تغییر کرده‌اند و فیلد به فیلد ادغام می‌شوند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="439"/>
        <source>Conflicts to settle (the same field changed differently in both copies): %1</source>
        <translation>ناسازگاری‌هایی برای حل (یک فیلد در دو نسخه به دو گونه‌ی متفاوت تغییر کرده): %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="442"/>
        <source>Added: %1</source>
        <translation>افزوده شد: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="443"/>
        <source>Updated with the other copy&apos;s version: %1</source>
        <translation>با نسخه‌ی دیگر به‌روز شد: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="444"/>
        <source>Deleted, as in the other copy: %1</source>
        <translation>حذف شد، مانند نسخه‌ی دیگر: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="445"/>
        <source>Merged field by field: %1</source>
        <translation>فیلد به فیلد ادغام شد: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="446"/>
        <source>New conflicts waiting for you: %1</source>
        <translation>ناسازگاری‌های تازه در انتظار شما: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="461"/>
        <source>Nothing to bring in: this case file already holds everything %1 recorded.</source>
        <translation>چیزی برای آوردن نیست: این پرونده از پیش همه‌ی آنچه %1 ثبت کرده است را دارد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="467"/>
        <source>Merged from %1. The lists show the merged records now.</source>
        <translation>از %1 ادغام شد. فهرست‌ها اکنون رکوردهای ادغام‌شده را نشان می‌دهند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="469"/>
        <source>Settle the conflicts when you are ready; until then this copy keeps its values.</source>
        <translation>هر وقت آماده بودید ناسازگاری‌ها را حل کنید؛ تا آن زمان این نسخه مقدارهای خود را نگه می‌دارد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="471"/>
        <source>Merging %1 will make these changes. Nothing is written until you press Merge.</source>
        <translation>ادغام %1 این تغییرات را پدید می‌آورد. تا «ادغام» را نزنید، چیزی نوشته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="476"/>
        <source>One record is the same in both copies.</source>
        <translation>یک رکورد در هر دو نسخه یکسان است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="478"/>
        <source>%1 records are the same in both copies.</source>
        <translation>%1 رکورد در هر دو نسخه یکسان است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/merge_dialog.py" line="500"/>
        <source>… and %1 more</source>
        <translation>… و %1 مورد دیگر</translation>
    </message>
</context>
<context>
    <name>NameEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="141"/>
        <source>in Persian</source>
        <translation>به فارسی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="142"/>
        <source>Name in Persian</source>
        <translation>نام به فارسی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="144"/>
        <source>in English or Latin letters</source>
        <translation>به انگلیسی یا حروف لاتین</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="145"/>
        <source>Name in English</source>
        <translation>نام به انگلیسی</translation>
    </message>
</context>
<context>
    <name>NamingEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="542"/>
        <source>The same for every audience</source>
        <translation>برای همه‌ی مخاطبان یکسان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="543"/>
        <source>A different answer for each audience</source>
        <translation>پاسخی جدا برای هر مخاطب</translation>
    </message>
</context>
<context>
    <name>NewCaseFileDialog</name>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="193"/>
        <location filename="../../ui/new_case_file_dialog.ui" line="5"/>
        <source>New case file</source>
        <translation>پرونده‌ی تازه</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="179"/>
        <source>case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="19"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="24"/>
        <source>&amp;Choose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="11"/>
        <source>&amp;File:</source>
        <translation>&amp;پرونده:</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="38"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="50"/>
        <source>Passphrase again</source>
        <translation>تکرار عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="31"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="43"/>
        <source>&amp;Again:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="63"/>
        <source>Write the passphrase down and keep it somewhere safe. If it is lost, nobody can open this case file again: there is no way to recover it.</source>
        <translation>عبارت عبور را بنویسید و در جای امنی نگه دارید. اگر گم شود، دیگر هیچ‌کس نمی‌تواند این پرونده را باز کند: هیچ راهی برای بازیابی آن نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="71"/>
        <source>&amp;No encryption (not recommended)</source>
        <translation>&amp;بدون رمزگذاری (توصیه نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/new_case_file_dialog.ui" line="77"/>
        <source>Without encryption, anyone who gets this file or this computer can read every name and testimony in it. Use it only for practice or for material that is already public.</source>
        <translation>بدون رمزگذاری، هر کس به این پرونده یا این رایانه دست یابد می‌تواند همه‌ی نام‌ها و شهادت‌های آن را بخواند. فقط برای تمرین یا برای مطالبی که از پیش عمومی است از آن استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="182"/>
        <source>&amp;Create</source>
        <translation>&amp;ساختن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="183"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="195"/>
        <source>Case files (%1)</source>
        <translation>پرونده‌ها (%1)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="207"/>
        <source>Too short: use at least 12 characters, for example four unrelated words.</source>
        <translation>خیلی کوتاه است: دست‌کم ۱۲ نویسه به کار ببرید، مثلاً چهار واژه‌ی بی‌ربط به هم.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="208"/>
        <source>Weak: longer is stronger. Four or more unrelated words are easy to remember.</source>
        <translation>ضعیف: هر چه بلندتر، محکم‌تر. چهار واژه‌ی بی‌ربط یا بیشتر را آسان می‌توان به یاد سپرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="209"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>متوسط: با چند واژه‌ی دیگر محکم می‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="210"/>
        <source>Strong.</source>
        <translation>محکم.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="221"/>
        <source>Choose where to keep the case file.</source>
        <translation>جای نگهداری پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="224"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>پرونده‌ای با این نام هست. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="228"/>
        <source>Type a passphrase, or choose no encryption.</source>
        <translation>عبارت عبوری بنویسید، یا «بدون رمزگذاری» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="231"/>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="234"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>عبارت عبور خیلی کوتاه است: دست‌کم ۸ نویسه به کار ببرید.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="92"/>
        <source>Unlock %1</source>
        <translation>باز کردن قفل %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="93"/>
        <source>Passphrase for %1:</source>
        <translation>عبارت عبور %1:</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_dialog.ui" line="18"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="94"/>
        <source>&amp;Open</source>
        <translation>&amp;باز کردن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="95"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="135"/>
        <source>That passphrase does not open this case file. Check it and try again.</source>
        <translation>این عبارت عبور این پرونده را باز نمی‌کند. آن را بررسی کنید و دوباره امتحان کنید.</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="129"/>
        <source>Save</source>
        <translation>ذخیره</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="130"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="131"/>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="153"/>
        <source>New %1</source>
        <extracomment>False closes without asking (the window locks or quits after keeping a draft itself)</extracomment>
        <translation>%1 جدید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="163"/>
        <source>Add act…</source>
        <translation>افزودن اقدام…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="165"/>
        <source>Involve an official…</source>
        <translation>افزودن مقام مسئول…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="167"/>
        <source>Cite a source…</source>
        <translation>ارجاع به منبع…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="210"/>
        <source>Withdraw consent…</source>
        <translation>پس گرفتن رضایت…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="212"/>
        <source>From today this record is given to no one; the withdrawal is kept in the audit trail.</source>
        <translation>از امروز این رکورد به هیچ‌کس داده نمی‌شود؛ پس گرفتن رضایت در سابقه‌ی تغییرات ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="245"/>
        <source>Files are still being added; save when they are done.</source>
        <translation>پرونده‌ها هنوز در حال افزوده شدن‌اند؛ پس از پایان ذخیره کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="251"/>
        <source>No consent recorded</source>
        <translation>رضایتی ثبت نشده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="252"/>
        <source>The witness&apos;s consent has not been recorded.</source>
        <translation>رضایت شاهد ثبت نشده است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="254"/>
        <source>Without it this testimony will not be given to anyone, not even the United Nations. Save it anyway?</source>
        <translation>بدون آن، این شهادت به هیچ‌کس، حتی سازمان ملل متحد، داده نمی‌شود. با این حال ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="267"/>
        <source>Nothing was saved: please correct the fields marked below.</source>
        <translation>چیزی ذخیره نشد: لطفاً خانه‌های مشخص‌شده را اصلاح کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="300"/>
        <source>Save first?</source>
        <translation>نخست ذخیره شود؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="301"/>
        <source>%1 is not saved yet.</source>
        <translation>%1 هنوز ذخیره نشده است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="302"/>
        <source>What you add next must point to a saved record. Save this one now and go on?</source>
        <translation>آنچه اکنون می‌افزایید باید به رکوردی ذخیره‌شده اشاره کند. این رکورد همین حالا ذخیره شود و ادامه دهیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="306"/>
        <source>Saved: %1.</source>
        <translation>ذخیره شد: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="359"/>
        <source>Changes not saved</source>
        <translation>تغییرها ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="360"/>
        <source>The changes to this record are not saved. What should happen to them?</source>
        <translation>تغییرهای این رکورد ذخیره نشده‌اند. با آن‌ها چه کنیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="369"/>
        <source>The draft could not be kept.</source>
        <translation>پیش‌نویس نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="391"/>
        <source>Withdraw consent</source>
        <translation>پس گرفتن رضایت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="392"/>
        <source>Withdraw this consent from today?</source>
        <translation>این رضایت از امروز پس گرفته شود؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="394"/>
        <source>From today it will not be given to anyone. The withdrawal is kept in the audit trail.</source>
        <translation>از امروز به هیچ‌کس داده نمی‌شود. پس گرفتن رضایت در سابقه‌ی تغییرات ثبت می‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="429"/>
        <source>Not found</source>
        <translation>پیدا نشد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="430"/>
        <source>There is no such record: %1</source>
        <translation>چنین رکوردی نیست: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="437"/>
        <source>Changes not yet saved</source>
        <translation>تغییرهایی که هنوز ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/editor.py" line="438"/>
        <source>Changes were kept as a draft before they were saved. Go on with them, or start anew?</source>
        <translation>تغییرهایی پیش از ذخیره شدن به صورت پیش‌نویس نگه داشته شده‌اند. با آن‌ها ادامه می‌دهید، یا از نو شروع می‌کنید؟</translation>
    </message>
</context>
<context>
    <name>RecoverySheetDialog</name>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="114"/>
        <source>Case file</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="115"/>
        <source>Kept at</source>
        <translation>جای نگه‌داری</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="117"/>
        <source>Made on</source>
        <translation>تاریخ ساخت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="121"/>
        <source>Passphrase</source>
        <translation>عبارت عبور</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="131"/>
        <source>Nobody can open this case file without its passphrase, and nobody can recover a lost passphrase.</source>
        <translation>هیچ‌کس نمی‌تواند این پرونده را بی‌عبارت عبورش باز کند، و هیچ‌کس نمی‌تواند عبارت عبور گم‌شده را بازیابی کند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="135"/>
        <source>Keep this sheet somewhere safe, away from the computer, where nobody else can find it.</source>
        <translation>این برگه را در جای امنی، دور از رایانه، نگه دارید؛ جایی که کس دیگری پیدایش نکند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="139"/>
        <source>Backups of the case file open with the same passphrase.</source>
        <translation>پشتیبان‌های پرونده با همین عبارت عبور باز می‌شوند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="140"/>
        <source>If you change the passphrase, make a new sheet and destroy this one.</source>
        <translation>اگر عبارت عبور را تغییر دادید، برگه‌ی تازه‌ای بسازید و این یکی را از میان ببرید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="145"/>
        <source>Casefile recovery sheet</source>
        <translation>برگه‌ی بازیابی Casefile</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet_dialog.ui" line="8"/>
        <source>Keep your passphrase safe</source>
        <translation>عبارت عبورتان را امن نگه دارید</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet_dialog.ui" line="13"/>
        <source>Your case file is created and encrypted. If the passphrase is lost, nobody can open it again, not even the people who made Casefile: there is no way to recover it. Write it down now, or save a recovery sheet to print and keep somewhere safe, away from the computer.</source>
        <translation>پرونده‌ی شما ساخته و رمزگذاری شد. اگر عبارت عبور گم شود، دیگر هیچ‌کس، حتی سازندگان Casefile، نمی‌تواند آن را باز کند: هیچ راهی برای بازیابی‌اش نیست. همین حالا آن را بنویسید، یا برگه‌ی بازیابی را ذخیره کنید تا چاپش کنید و در جای امنی، دور از رایانه، نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/recovery_sheet_dialog.ui" line="21"/>
        <source>&amp;Print the passphrase on the sheet (otherwise there is a line to write it)</source>
        <translation>عبارت عبور روی برگه &amp;چاپ شود (وگرنه خطی برای نوشتنش با دست می‌ماند)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="162"/>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به صورت &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="163"/>
        <source>Save as &amp;text…</source>
        <translation>ذخیره به صورت &amp;متن…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="164"/>
        <source>&amp;Done</source>
        <translation>&amp;تمام</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="171"/>
        <source>Save the recovery sheet</source>
        <translation>ذخیره‌ی برگه‌ی بازیابی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/passphrase.py" line="195"/>
        <source>Saved: %1. Print it, then delete the file.</source>
        <translation>ذخیره شد: %1. آن را چاپ کنید و سپس پرونده را پاک کنید.</translation>
    </message>
</context>
<context>
    <name>RefListEdit</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="455"/>
        <source>Add</source>
        <translation>افزودن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="457"/>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>RefPicker</name>
    <message>
        <location filename="../../casefile/desktop/editors/widgets.py" line="343"/>
        <source>type a name to choose</source>
        <translation>برای انتخاب، نام را بنویسید</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="5"/>
        <source>Settings</source>
        <translation>تنظیمات</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="17"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="259"/>
        <source>As the system (%1)</source>
        <translation>مانند سیستم (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="11"/>
        <source>&amp;Language:</source>
        <translation>&amp;زبان:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="30"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="29"/>
        <source>never</source>
        <translation>هرگز</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="28"/>
        <source>Lock after this many idle minutes</source>
        <translation>قفل شدن پس از این چند دقیقه بی‌کاری</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="22"/>
        <source>Lock when idle &amp;after:</source>
        <translation>قفل شدن در بی‌کاری &amp;پس از:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="38"/>
        <source>Backups</source>
        <translation>پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="42"/>
        <source>&amp;Back up the case file each time it is closed</source>
        <translation>هر بار که پرونده بسته می‌شود، از آن &amp;پشتیبان گرفته شود</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="55"/>
        <source>Backup folder</source>
        <translation>پوشه‌ی پشتیبان‌ها</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="60"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="47"/>
        <source>&amp;Folder:</source>
        <translation>&amp;پوشه:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="73"/>
        <source>Number of backups to keep</source>
        <translation>شمار پشتیبان‌هایی که نگه داشته می‌شوند</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="67"/>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;نگه داشتن تازه‌ترین‌ها:</translation>
    </message>
    <message>
        <location filename="../../ui/settings_dialog.ui" line="81"/>
        <source>A backup is encrypted like the case file and opens with the same passphrase. A backup on this computer is lost with it: choose a folder on a USB stick or another disk, and keep it somewhere else.</source>
        <translation>پشتیبان مانند خود پرونده رمزگذاری می‌شود و با همان عبارت عبور باز می‌شود. پشتیبانی که روی همین رایانه باشد همراه آن از دست می‌رود: پوشه‌ای روی یک حافظه‌ی فلش یا دیسکی دیگر برگزینید و آن را جای دیگری نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="277"/>
        <source>OK</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="278"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dialogs.py" line="283"/>
        <source>Folder for backups</source>
        <translation>پوشه‌ی پشتیبان‌ها</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../ui/share_dialog.ui" line="8"/>
        <source>Share</source>
        <translation>اشتراک‌گذاری</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="13"/>
        <source>A share is a new case file holding what you choose and everything it links to: for another laptop, a family or a lawyer. What they add there can be brought back later with File › Merge another copy…, without losing anything recorded here.</source>
        <translation>نسخه‌ی اشتراکی پرونده‌ای تازه است با آنچه انتخاب می‌کنید و هر چه به آن پیوند دارد: برای رایانه‌ای دیگر، یک خانواده یا یک وکیل. آنچه آنجا افزوده شود را بعداً می‌توان با «پرونده › ادغام نسخه‌ای دیگر…» به اینجا آورد، بی‌آنکه چیزی از آنچه اینجا ثبت شده از دست برود.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="30"/>
        <source>The &amp;whole case file</source>
        <translation>&amp;کل پرونده</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="36"/>
        <source>&amp;Chosen persons and events, with everything linked to them:</source>
        <translation>اشخاص و رویدادهای &amp;برگزیده، با هر چه به آن‌ها پیوند دارد:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="107"/>
        <source>Persons and events to share</source>
        <extracomment>The audiences a share can be made for, in the order offered (&quot;&quot; = a full copy of the case). What &quot;everything linked&quot; starts from: a person (a victim, a witness, ...) or an event.</extracomment>
        <translation>اشخاص و رویدادهایی که به اشتراک گذاشته می‌شوند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="109"/>
        <source>type a name of a person or an event, then Add</source>
        <translation>نام یک شخص یا رویداد را بنویسید، سپس «افزودن» را بزنید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="110"/>
        <source>Person or event to add</source>
        <translation>شخص یا رویدادی برای افزودن</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="23"/>
        <source>What:</source>
        <translation>چه چیزی:</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="53"/>
        <source>Who the share is for</source>
        <translation>نسخه‌ی اشتراکی برای چه کسی است</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="47"/>
        <source>&amp;For:</source>
        <translation>&amp;برای:</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="73"/>
        <source>File to write the share to</source>
        <translation>پرونده‌ای که نسخه‌ی اشتراکی در آن نوشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="79"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;انتخاب…</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="78"/>
        <source>Choose where to write the share</source>
        <translation>انتخاب جای نوشتن نسخه‌ی اشتراکی</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="64"/>
        <source>Save &amp;as:</source>
        <translation>ذخیره &amp;با نام:</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="93"/>
        <source>Passphrase of the share</source>
        <translation>عبارت عبور نسخه‌ی اشتراکی</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="105"/>
        <source>Passphrase of the share, again</source>
        <translation>تکرار عبارت عبور نسخه‌ی اشتراکی</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="86"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارت عبور:</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="98"/>
        <source>A&amp;gain:</source>
        <translation>&amp;تکرار:</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="118"/>
        <source>The share has a passphrase of its own. Write it down and give it to the recipient apart from the file (not in the same message, not on the same USB stick). If it is lost, nobody can open the share: it cannot be recovered.</source>
        <translation>نسخه‌ی اشتراکی عبارت عبور خودش را دارد. آن را بنویسید و جدا از پرونده به گیرنده بدهید (نه در همان پیام، نه روی همان حافظه‌ی فلش). اگر گم شود، هیچ‌کس نمی‌تواند نسخه‌ی اشتراکی را باز کند: بازیابی آن ممکن نیست.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="126"/>
        <source>&amp;No encryption (not recommended)</source>
        <translation>&amp;بدون رمزگذاری (توصیه نمی‌شود)</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="132"/>
        <source>Without encryption, anyone who gets the share (a lost USB stick, a copied e-mail) can read every name and testimony in it. Use it only for practice or for material that is already public.</source>
        <translation>بدون رمزگذاری، هر کس به نسخه‌ی اشتراکی دست یابد (یک حافظه‌ی فلش گم‌شده، یک ایمیل رونوشت‌شده) می‌تواند همه‌ی نام‌ها و شهادت‌های آن را بخواند. فقط برای تمرین یا برای مطالبی که از پیش عمومی است از آن استفاده کنید.</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="140"/>
        <source>Progress</source>
        <translation>پیشرفت کار</translation>
    </message>
    <message>
        <location filename="../../ui/share_dialog.ui" line="160"/>
        <source>What the share holds</source>
        <translation>آنچه نسخه‌ی اشتراکی در بر دارد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="118"/>
        <source>&amp;Share</source>
        <translation>&amp;اشتراک‌گذاری</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="119"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="120"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="153"/>
        <source>Another laptop of this case (a full copy)</source>
        <translation>رایانه‌ی دیگری برای همین پرونده (نسخه‌ی کامل)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="154"/>
        <source>UN human rights mechanisms</source>
        <translation>سازوکارهای حقوق بشری سازمان ملل متحد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="156"/>
        <source>Lawyers acting for the families</source>
        <translation>وکیلان خانواده‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="157"/>
        <source>The public (anyone may read it)</source>
        <translation>عموم مردم (هر کسی می‌تواند آن را بخواند)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="163"/>
        <source>Everything you chose, confidential records and the names of witnesses included, with the history a merge needs. Give it only to someone who may see all of it.</source>
        <translation>هر چه انتخاب کرده‌اید، با رکوردهای محرمانه و نام شاهدان، همراه با پیشینه‌ای که ادغام به آن نیاز دارد. آن را فقط به کسی بدهید که اجازه دارد همه‌اش را ببیند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="167"/>
        <source>Only what this audience may see, by the same rules as its dossiers: names and testimonies only where the consent given covers it; anyone not named appears under a stable reference, never a record id. Nothing in it leads back to a withheld name.</source>
        <translation>فقط آنچه این مخاطب اجازه دارد ببیند، با همان قاعده‌های پرونده‌های PDF برای او: نام‌ها و شهادت‌ها فقط جایی که رضایتِ داده‌شده آن را در بر می‌گیرد؛ هر کس که نامش آورده نمی‌شود با یک ارجاع ثابت می‌آید، هرگز با شناسه‌ی رکورد. هیچ چیز در آن به نامی که پنهان مانده راه نمی‌برد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="198"/>
        <source>Too short: use at least 12 characters, for example four unrelated words.</source>
        <translation>خیلی کوتاه است: دست‌کم ۱۲ نویسه به کار ببرید، مثلاً چهار واژه‌ی بی‌ربط به هم.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="199"/>
        <source>Weak: longer is stronger. Four or more unrelated words are easy to remember.</source>
        <translation>ضعیف: هر چه بلندتر، محکم‌تر. چهار واژه‌ی بی‌ربط یا بیشتر را آسان می‌توان به یاد سپرد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="200"/>
        <source>Fair: a few more words would make it strong.</source>
        <translation>متوسط: با چند واژه‌ی دیگر محکم می‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="201"/>
        <source>Strong.</source>
        <translation>محکم.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="232"/>
        <source>Write the share to</source>
        <translation>نوشتن نسخه‌ی اشتراکی در</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="232"/>
        <source>Case files (*.casefile)</source>
        <translation>پرونده‌ها (*.casefile)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="269"/>
        <source>Add at least one person or event, or choose the whole case file.</source>
        <translation>دست‌کم یک شخص یا رویداد بیفزایید، یا کل پرونده را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="275"/>
        <source>“%1” is not a person or an event of this case file.</source>
        <translation>«%1» شخص یا رویدادی از این پرونده نیست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="282"/>
        <source>Choose where to write the share.</source>
        <translation>انتخاب کنید نسخه‌ی اشتراکی کجا نوشته شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="284"/>
        <source>A file with this name already exists. Choose another name.</source>
        <translation>پرونده‌ای با این نام هست. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="286"/>
        <source>That is this case file. Choose another name.</source>
        <translation>این همین پرونده است. نام دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="292"/>
        <source>Type a passphrase for the share, or choose no encryption.</source>
        <translation>برای نسخه‌ی اشتراکی عبارت عبوری بنویسید، یا «بدون رمزگذاری» را انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="295"/>
        <source>The two passphrases are not the same.</source>
        <translation>دو عبارت عبور یکسان نیستند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="297"/>
        <source>The passphrase is too short: use at least 8 characters.</source>
        <translation>عبارت عبور خیلی کوتاه است: دست‌کم ۸ نویسه به کار ببرید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="303"/>
        <source>Writing the share…</source>
        <translation>در حال نوشتن نسخه‌ی اشتراکی…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="326"/>
        <source>Stopping…</source>
        <translation>در حال توقف…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="386"/>
        <source>The share is written: %1. It holds one record.</source>
        <translation>نسخه‌ی اشتراکی نوشته شد: %1. یک رکورد در آن است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="388"/>
        <source>The share is written: %1. It holds %2 records.</source>
        <translation>نسخه‌ی اشتراکی نوشته شد: %1. %2 رکورد در آن است.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="391"/>
        <source>Give its passphrase to the recipient apart from the file.</source>
        <translation>عبارت عبورش را جدا از پرونده به گیرنده بدهید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="416"/>
        <source>The share was not written, and no file was left behind: %1</source>
        <translation>نسخه‌ی اشتراکی نوشته نشد و هیچ پرونده‌ای بر جا نماند: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/share_dialog.py" line="423"/>
        <source>Cancelled. No file was written.</source>
        <translation>لغو شد. هیچ پرونده‌ای نوشته نشد.</translation>
    </message>
</context>
<context>
    <name>SharingActions</name>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="76"/>
        <source>S&amp;hare…</source>
        <translation>&amp;اشتراک‌گذاری…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="78"/>
        <source>A new case file with the whole case, or a victim and all linked to them, for another laptop</source>
        <translation>پرونده‌ای تازه با کل پرونده، یا یک قربانی و هر چه به او پیوند دارد، برای رایانه‌ای دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="80"/>
        <source>&amp;Merge another copy…</source>
        <translation>ا&amp;دغام نسخه‌ای دیگر…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="81"/>
        <source>Bring in what another copy of this case, or a share, recorded</source>
        <translation>آوردن آنچه نسخه‌ی دیگری از این پرونده، یا یک نسخه‌ی اشتراکی، ثبت کرده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="82"/>
        <source>Con&amp;flicts…</source>
        <translation>&amp;ناسازگاری‌ها…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="83"/>
        <source>What two copies changed differently, waiting for your choice</source>
        <translation>آنچه دو نسخه به دو گونه‌ی متفاوت تغییر داده‌اند و در انتظار انتخاب شماست</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="84"/>
        <source>Show the conflicts and settle them</source>
        <translation>نمایش ناسازگاری‌ها و حل آن‌ها</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="98"/>
        <source>One conflict waits</source>
        <translation>یک ناسازگاری در انتظار است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/sharing.py" line="100"/>
        <source>%1 conflicts wait</source>
        <translation>%1 ناسازگاری در انتظار است</translation>
    </message>
</context>
<context>
    <name>SubjectPicker</name>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="103"/>
        <source>type a name of a victim, an official or an event</source>
        <extracomment>The audiences in the order offered (the core&apos;s names). The languages a dossier can be written in. Person roles a dossier can be made on (other persons are witnesses or relatives).</extracomment>
        <translation>نام یک قربانی، یک مقام مسئول یا یک رویداد را بنویسید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/dossier_dialog.py" line="104"/>
        <source>Subject of the dossier</source>
        <translation>موضوع پرونده‌ی PDF</translation>
    </message>
</context>
<context>
    <name>TestimonyWizard</name>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="316"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="364"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1095"/>
        <source>Record a testimony</source>
        <extracomment>False closes without asking (the window locks or quits after keeping a draft itself)</extracomment>
        <translation>ثبت یک شهادت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="320"/>
        <source>Next</source>
        <translation>بعدی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="321"/>
        <source>Back</source>
        <translation>قبلی</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="322"/>
        <source>Save my account</source>
        <translation>روایتم را ذخیره کن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="323"/>
        <source>Stop</source>
        <translation>توقف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="395"/>
        <source>Who is this about?</source>
        <translation>این روایت درباره‌ی کیست؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="397"/>
        <source>The person who was taken, imprisoned or killed.</source>
        <translation>کسی که بازداشت، زندانی یا کشته شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="401"/>
        <source>Someone already in this file (type part of the name):</source>
        <translation>کسی که در این پرونده هست (بخشی از نام را بنویسید):</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="402"/>
        <source>Someone new: write their name</source>
        <translation>کسی که هنوز در پرونده نیست: نامش را بنویسید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="430"/>
        <source>Who is telling this?</source>
        <translation>چه کسی این را روایت می‌کند؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="432"/>
        <source>Your own name. You decide later whether it may be said.</source>
        <translation>نام خود شما. بعداً خودتان تصمیم می‌گیرید که نامتان گفته شود یا نه.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="436"/>
        <source>I am already in this file:</source>
        <translation>نام من در این پرونده هست:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="437"/>
        <source>My name:</source>
        <translation>نام من:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="440"/>
        <source>How are you related to them?</source>
        <translation>چه نسبتی با او دارید؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="453"/>
        <source>What happened?</source>
        <translation>چه اتفاقی افتاد؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="471"/>
        <source>Now tell it in your own words:</source>
        <translation>حالا با زبان خودتان تعریف کنید:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="479"/>
        <source>Your account</source>
        <translation>روایت شما</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="496"/>
        <source>When did it happen?</source>
        <translation>کی اتفاق افتاد؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="529"/>
        <source>Where did it happen?</source>
        <translation>کجا اتفاق افتاد؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="531"/>
        <source>A prison, a city, a cemetery… Leave it empty if you do not know.</source>
        <translation>یک زندان، یک شهر، یک گورستان… اگر نمی‌دانید خالی بگذارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="535"/>
        <source>A place already in this file (type part of its name):</source>
        <translation>جایی که در این پرونده هست (بخشی از نامش را بنویسید):</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="536"/>
        <source>A place not yet in this file: write its name</source>
        <translation>جایی که هنوز در پرونده نیست: نامش را بنویسید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="541"/>
        <source>Where it happened</source>
        <translation>محل رویداد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="544"/>
        <source>What kind of place is it?</source>
        <translation>چه جور جایی است؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="555"/>
        <source>What happened at this place?</source>
        <translation>در این مکان چه رخ داد؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="561"/>
        <source>Was it part of one of these events?</source>
        <translation>آیا بخشی از یکی از این رویدادها بود؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="564"/>
        <source>The event it was part of</source>
        <translation>رویدادی که بخشی از آن بود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="565"/>
        <source>I do not know, or none of these</source>
        <translation>نمی‌دانم، یا هیچ‌کدام</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="578"/>
        <source>What was part of this event?</source>
        <translation>چه چیزی بخشی از این رویداد بود؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="625"/>
        <source>What did the family do to find out?</source>
        <translation>خانواده برای باخبر شدن چه کرد؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="628"/>
        <source>Add each thing you did, for example going to the prison or writing a letter.</source>
        <translation>هر کاری را که کردید جداگانه بیفزایید، مثلاً رفتن به زندان یا نوشتن نامه.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="638"/>
        <source>What did you do?</source>
        <translation>چه کردید؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="640"/>
        <source>When?</source>
        <translation>کی؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="644"/>
        <source>What answer did you get?</source>
        <translation>چه پاسخی گرفتید؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="647"/>
        <source>Add this step</source>
        <translation>افزودن این کار</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="651"/>
        <source>Steps the family took</source>
        <translation>کارهایی که خانواده کرد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="653"/>
        <source>Remove the chosen step</source>
        <translation>حذف کار انتخاب‌شده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="669"/>
        <source>A step was not added</source>
        <translation>یک کار افزوده نشد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="670"/>
        <source>You wrote about a step your family took but did not press “Add this step”.</source>
        <translation>درباره‌ی کاری که خانواده‌تان کرد نوشتید، اما «افزودن این کار» را نزدید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="675"/>
        <source>Add it</source>
        <translation>افزوده شود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="676"/>
        <source>Leave it out</source>
        <translation>کنار گذاشته شود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="677"/>
        <source>Go back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="720"/>
        <source>Who may see your account?</source>
        <translation>چه کسانی می‌توانند روایت شما را ببینند؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="723"/>
        <source>Please answer each question. You can change your mind later at any time.</source>
        <translation>لطفاً به همه‌ی پرسش‌ها پاسخ دهید. هر زمان بخواهید می‌توانید نظرتان را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="725"/>
        <source>May we give your account to the United Nations?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به سازمان ملل متحد بدهیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="726"/>
        <source>May we give your account to Amnesty International?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به عفو بین‌الملل بدهیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="727"/>
        <source>May we give your account to lawyers working on these cases?</source>
        <translation>آیا اجازه می‌دهید روایت شما را به وکیلانی بدهیم که روی این پرونده‌ها کار می‌کنند؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="728"/>
        <source>May we publish your account for everyone to read?</source>
        <translation>آیا اجازه می‌دهید روایت شما را منتشر کنیم تا همه بخوانند؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="729"/>
        <source>May we say your name when we give your account to others?</source>
        <translation>آیا اجازه می‌دهید وقتی روایت شما را به دیگران می‌دهیم، نام شما را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="733"/>
        <source>Does your account speak of any of these?</source>
        <translation>آیا روایت شما از هیچ‌یک از این‌ها سخن می‌گوید؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="737"/>
        <source>Illness, injuries or medical care</source>
        <translation>بیماری، جراحت یا درمان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="745"/>
        <source>May we share those parts of your account too?</source>
        <translation>آیا اجازه می‌دهید آن بخش‌های روایت شما را هم بدهیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="768"/>
        <source>Your loved one’s name</source>
        <translation>نام عزیزتان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="782"/>
        <source>Keep it as it is</source>
        <translation>همان‌طور که هست بماند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="783"/>
        <source>Replace it with my answers</source>
        <translation>پاسخ‌های من جایگزین آن شود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="794"/>
        <source>Only the family decides whether your loved one’s name may be said. Please answer for each one. You can change your mind later at any time.</source>
        <translation>فقط خانواده تصمیم می‌گیرد که نام عزیزشان گفته شود یا نه. لطفاً برای هر کدام پاسخ دهید. هر زمان بخواهید می‌توانید نظرتان را تغییر دهید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="836"/>
        <source>Someone in the family</source>
        <translation>یکی از اعضای خانواده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="837"/>
        <source>an earlier day</source>
        <translation>روزی پیش‌تر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="839"/>
        <source>Your family has already said how your loved one may be named. %1 said so on %2:</source>
        <translation>خانواده‌ی شما پیش‌تر گفته است که نام عزیزتان چگونه گفته شود. %1 این را در %2 گفت:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="845"/>
        <source>It was taken back on %1, so only the first letters of the name are given to anyone.</source>
        <translation>این اجازه در %1 پس گرفته شد؛ برای همین به هیچ‌کس جز حروف اول نام داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="851"/>
        <source>We keep it as it is unless you choose to replace it with your own answers.</source>
        <translation>ما آن را همان‌طور نگه می‌داریم، مگر این‌که خودتان بخواهید پاسخ‌های شما جایگزینش شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1306"/>
        <source>Your account is not saved</source>
        <translation>روایت شما ذخیره نشده است</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1307"/>
        <source>You have not saved your account yet. What should happen to what you wrote?</source>
        <translation>هنوز روایت خود را ذخیره نکرده‌اید. با آنچه نوشته‌اید چه کنیم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1316"/>
        <source>The draft could not be kept.</source>
        <translation>پیش‌نویس نگه داشته نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1133"/>
        <source>Your account about %1 is saved in this file.</source>
        <translation>روایت شما درباره‌ی %1 در این پرونده ذخیره شد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1136"/>
        <source>It may be given to: %1.</source>
        <translation>این روایت را می‌توان به این‌ها داد: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1138"/>
        <source>It will not be given to anyone.</source>
        <translation>این روایت به هیچ‌کس داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1142"/>
        <source>The steps your family took to find out: %1.</source>
        <translation>کارهایی که خانواده برای باخبر شدن کرد: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1147"/>
        <source>How your loved one may be named (the earlier decision, kept as it was):</source>
        <translation>نام عزیزتان چگونه گفته شود (تصمیم پیشین، همان‌طور که بود):</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="998"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1149"/>
        <source>How your loved one may be named, as you answered:</source>
        <translation>نام عزیزتان چگونه گفته شود، همان‌طور که پاسخ دادید:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="368"/>
        <source>What you say stays on this computer, in this locked file: it opens only with its passphrase.</source>
        <translation>آنچه می‌گویید روی همین رایانه و در همین پرونده‌ی قفل‌شده می‌ماند: این پرونده فقط با عبارت عبورش باز می‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="372"/>
        <source>What you say stays on this computer, in this case file. This case file is not encrypted: anyone who has it can read what you say.</source>
        <translation>آنچه می‌گویید روی همین رایانه و در همین پرونده می‌ماند. این پرونده رمزگذاری نشده است: هر کس آن را داشته باشد می‌تواند آنچه را می‌گویید بخواند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="376"/>
        <source>We will ask you a few simple questions about your loved one and what happened. Answer what you know and leave the rest empty. %1 At the end you read it all over, and we ask who may see your account. You can stop at any time and keep what you wrote as a draft.</source>
        <translation>چند پرسش ساده درباره‌ی عزیزتان و آنچه رخ داد از شما می‌پرسیم. هر چه می‌دانید بگویید و بقیه را خالی بگذارید. %1 در پایان همه را یک بار دیگر می‌خوانید و می‌پرسیم چه کسانی اجازه دارند روایت شما را ببینند. هر زمان بخواهید می‌توانید دست نگه دارید و آنچه نوشته‌اید را به صورت پیش‌نویس نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="384"/>
        <source>This is the demo case file, about fictional people, to try Casefile out. Do not record a real account here: create your own encrypted case file first (File ▸ New case file).</source>
        <translation>این پرونده‌ی نمونه است، درباره‌ی آدم‌هایی خیالی، برای آزمودن Casefile. روایت واقعی را این‌جا ثبت نکنید: نخست پرونده‌ی رمزگذاری‌شده‌ی خودتان را بسازید (پرونده ▸ پرونده‌ی تازه).</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="458"/>
        <source>What happened to them? Tick everything that fits, or nothing if you would rather just tell it.</source>
        <translation>چه بر سر او آمد؟ هر چه را درست است علامت بزنید، یا اگر ترجیح می‌دهید فقط بگویید، هیچ‌کدام را.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="493"/>
        <source>What happened</source>
        <translation>آنچه رخ داد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="501"/>
        <source>As you remember it: a year, a season or a month is enough. Tick “about” if you remember only roughly, “not sure” if you are not certain. Leave it at “No date” if you do not know.</source>
        <translation>همان‌طور که به یاد دارید: یک سال، یک فصل یا یک ماه بس است. اگر فقط تقریباً به یاد دارید «حدود» را بزنید، و اگر مطمئن نیستید «نامطمئن» را. اگر نمی‌دانید، آن را روی «بی‌تاریخ» بگذارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="519"/>
        <source>When: %1</source>
        <translation>کِی: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="880"/>
        <source>Please read it over before it is saved</source>
        <translation>لطفاً پیش از ذخیره آن را یک بار دیگر بخوانید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="884"/>
        <source>This is everything that will be saved in this file. If something is not right, press “Back” and change it. Nothing is saved until you press “Save my account”.</source>
        <translation>این همه‌ی چیزی است که در این پرونده ذخیره می‌شود. اگر چیزی درست نیست، «قبلی» را بزنید و آن را تغییر دهید. تا «روایتم را ذخیره کن» را نزنید، هیچ چیز ذخیره نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="893"/>
        <source>What will be saved</source>
        <translation>آنچه ذخیره می‌شود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="944"/>
        <source>About: %1 (already in this file)</source>
        <translation>درباره‌ی: %1 (از پیش در این پرونده)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="946"/>
        <source>About: %1 (added to this file as someone new)</source>
        <translation>درباره‌ی: %1 (به عنوان کسی تازه به این پرونده افزوده می‌شود)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="951"/>
        <source>Told by: %1</source>
        <translation>روایت‌کننده: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="957"/>
        <source>What happened:</source>
        <translation>آنچه رخ داد:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="963"/>
        <source>at %1 (a new place)</source>
        <translation>در %1 (مکانی تازه)</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="965"/>
        <source>at %1</source>
        <translation>در %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="967"/>
        <source>part of: %1</source>
        <translation>بخشی از: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="970"/>
        <source>Your account:</source>
        <translation>روایت شما:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="974"/>
        <source>What the family did to find out:</source>
        <translation>آنچه خانواده برای باخبر شدن کرد:</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="979"/>
        <source>Your account may be given to: %1.</source>
        <translation>روایت شما را می‌توان به این‌ها داد: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="981"/>
        <source>Your account will not be given to anyone.</source>
        <translation>روایت شما به هیچ‌کس داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="983"/>
        <source>Your name may be said.</source>
        <translation>نام شما را می‌توان گفت.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="983"/>
        <source>Your name will not be said.</source>
        <translation>نام شما گفته نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="989"/>
        <source>It speaks of: %1. Those parts may be shared too.</source>
        <translation>از این‌ها سخن می‌گوید: %1. آن بخش‌ها را هم می‌توان به دیگران داد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="991"/>
        <source>It speaks of: %1. Those parts will not be shared.</source>
        <translation>از این‌ها سخن می‌گوید: %1. آن بخش‌ها به کسی داده نمی‌شود.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="996"/>
        <source>How your loved one may be named: as your family said before, kept as it is.</source>
        <translation>چگونه می‌توان عزیزتان را نام برد: همان‌طور که خانواده‌تان پیش‌تر گفته، بی‌تغییر می‌ماند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1107"/>
        <source>Your account could not be saved because of an error. Nothing was saved; what you typed is still here.</source>
        <translation>روایت شما به دلیل یک خطا ذخیره نشد. هیچ چیز ذخیره نشد؛ آنچه نوشته‌اید هنوز این‌جاست.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1110"/>
        <source>Your account could not be saved.</source>
        <translation>روایت شما ذخیره نشد.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1152"/>
        <source>Someone helping you can read it over with you and add details later.</source>
        <translation>کسی که به شما کمک می‌کند می‌تواند بعداً آن را با شما مرور کند و جزئیات را بیفزاید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1158"/>
        <source>Your account is saved</source>
        <translation>روایت شما ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1162"/>
        <source>Open my account</source>
        <translation>باز کردن روایتم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1163"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="772"/>
        <source>Only the family decides whether the name of their loved one may be said, so we do not ask you here. If you are one of the family, go back and say how you are related.</source>
        <translation>فقط خانواده تصمیم می‌گیرد که نام عزیزشان گفته شود یا نه، برای همین این را از شما نمی‌پرسیم. اگر از خانواده‌ی او هستید، به عقب برگردید و بگویید چه نسبتی با او دارید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1059"/>
        <source>As told by a family member in a testimony.</source>
        <translation>به روایت یکی از اعضای خانواده، در یک شهادت.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1098"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1102"/>
        <source>Your account could not be saved:</source>
        <translation>روایت شما ذخیره نشد:</translation>
    </message>
</context>
<context>
    <name>Unsaved</name>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="35"/>
        <source>A draft is kept inside this case file, encrypted with it, until you finish or throw it away.</source>
        <translation>پیش‌نویس درون همین پرونده و رمزگذاری‌شده همراه با آن نگه داشته می‌شود، تا وقتی که کار را تمام کنید یا آن را دور بیندازید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="38"/>
        <source>A draft is kept inside this case file until you finish or throw it away. This case file is not encrypted: anyone who has it can read the draft.</source>
        <translation>پیش‌نویس درون همین پرونده نگه داشته می‌شود، تا وقتی که کار را تمام کنید یا آن را دور بیندازید. این پرونده رمزگذاری نشده است: هر کس آن را داشته باشد می‌تواند پیش‌نویس را بخواند.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="51"/>
        <source>Keep a draft</source>
        <translation>نگه داشتن پیش‌نویس</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="53"/>
        <source>Throw it away</source>
        <translation>دور انداختن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="55"/>
        <source>Go back</source>
        <translation>بازگشت</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/unsaved.py" line="223"/>
        <source>Casefile met an error it did not expect.</source>
        <translation>Casefile با خطایی پیش‌بینی‌نشده روبه‌رو شد.</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/welcome_window.ui" line="8"/>
        <location filename="../../ui/welcome_window.ui" line="16"/>
        <source>Casefile</source>
        <translation>Casefile</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/welcome.py" line="50"/>
        <source>Welcome to Casefile</source>
        <translation>به Casefile خوش آمدید</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="22"/>
        <source>A private case file for documenting the victims of the 1988 prison massacre in Iran: names, what happened to them, testimonies and sources. It works without a network; an encrypted case file can only be opened with its passphrase.</source>
        <translation>پرونده‌ای خصوصی برای مستندسازی قربانیان کشتار زندانیان سیاسی در ایران در سال ۱۳۶۷: نام‌ها، آنچه بر آنان گذشت، شهادت‌ها و منابع. بدون اینترنت کار می‌کند؛ پرونده‌ی رمزگذاری‌شده را فقط با عبارت عبور آن می‌توان باز کرد.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="30"/>
        <source>To begin, create your own case file: choose where to keep it and a passphrase. It is encrypted with that passphrase, which nobody can recover for you if it is lost, so write it down and keep it somewhere safe.</source>
        <translation>برای شروع، پرونده‌ی خودتان را بسازید: جایی برای نگه‌داری آن و یک عبارت عبور برگزینید. پرونده با همین عبارت عبور رمزگذاری می‌شود و اگر گم شود هیچ‌کس نمی‌تواند آن را برایتان بازیابی کند؛ پس آن را بنویسید و در جای امنی نگه دارید.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="39"/>
        <source>&amp;New case file…</source>
        <translation>پرونده‌ی &amp;تازه…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/welcome.py" line="51"/>
        <source>&amp;Create my encrypted case file…</source>
        <translation>&amp;ساختن پرونده‌ی رمزگذاری‌شده‌ی من…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="44"/>
        <source>&amp;Open case file…</source>
        <translation>&amp;باز کردن پرونده…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="50"/>
        <source>Open the &amp;demo</source>
        <translation>باز کردن پرونده‌ی &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/welcome.py" line="52"/>
        <source>Look at the &amp;demo first</source>
        <translation>نخست نگاهی به پرونده‌ی &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="49"/>
        <source>A sample case with fictional victims, to try things out</source>
        <translation>پرونده‌ای نمونه با قربانیان خیالی، برای آزمودن برنامه</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="55"/>
        <source>&amp;Settings…</source>
        <translation>&amp;تنظیمات…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="63"/>
        <source>The demo is a sample case file about fictional people, made to try Casefile out. It is not encrypted: never type real names or accounts into it.</source>
        <translation>پرونده‌ی نمونه درباره‌ی آدم‌هایی خیالی است و برای آزمودن Casefile ساخته شده است. رمزگذاری نشده است: هرگز نام‌ها یا روایت‌های واقعی را در آن ننویسید.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="70"/>
        <source>&amp;Recent case files:</source>
        <translation>پرونده‌های &amp;اخیر:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome_window.ui" line="76"/>
        <source>Recent case files</source>
        <translation>پرونده‌های اخیر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/welcome.py" line="75"/>
        <source>Open case file</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/welcome.py" line="75"/>
        <source>Case files (%1)</source>
        <translation>پرونده‌ها (%1)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="68"/>
        <source>They were arrested</source>
        <extracomment>Kinds of event that are said about what happened rather than being where it happened. Drafts of the guided testimony are kept under this name prefix (``casefile.drafts``). Relations that make the teller one of the victim&apos;s family: only the family decides how the victim is named (``persons.family_consent``).</extracomment>
        <translation>بازداشت شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="69"/>
        <source>They were held in prison</source>
        <translation>زندانی شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="70"/>
        <source>They were put on trial</source>
        <translation>محاکمه شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="71"/>
        <source>They were executed</source>
        <translation>اعدام شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="74"/>
        <source>They disappeared; we were never told where they are</source>
        <translation>ناپدید شد؛ هرگز به ما نگفتند کجاست</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="76"/>
        <source>They were buried in secret</source>
        <translation>مخفیانه به خاک سپرده شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="77"/>
        <source>They were tortured</source>
        <translation>شکنجه شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="78"/>
        <source>Our family was threatened or harassed</source>
        <translation>خانواده‌مان تهدید یا آزار شد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="79"/>
        <source>The last time we saw them or heard from them</source>
        <translation>آخرین باری که او را دیدیم یا از او خبر داشتیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="80"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="95"/>
        <source>Something else</source>
        <translation>چیز دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="88"/>
        <source>Went to the prison</source>
        <translation>به زندان رفتیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="89"/>
        <source>Asked the authorities</source>
        <translation>از مقامات پرسیدیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="90"/>
        <source>Wrote a letter</source>
        <translation>نامه نوشتیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="91"/>
        <source>Went to a court or a lawyer</source>
        <translation>به دادگاه یا وکیل مراجعه کردیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="92"/>
        <source>Wrote to the United Nations</source>
        <translation>به سازمان ملل نوشتیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="93"/>
        <source>Made a public appeal</source>
        <translation>درخواست عمومی کردیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="94"/>
        <source>Spoke to journalists</source>
        <translation>با روزنامه‌نگاران صحبت کردیم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="101"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="102"/>
        <source>I am their mother</source>
        <translation>مادرش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="103"/>
        <source>I am their father</source>
        <translation>پدرش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="104"/>
        <source>I am their sister or brother</source>
        <translation>خواهر یا برادرش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="105"/>
        <source>I am their wife or husband</source>
        <translation>همسرش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="106"/>
        <source>I am their daughter or son</source>
        <translation>فرزندش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="107"/>
        <source>I am another relative</source>
        <translation>از خویشاوندانش هستم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="108"/>
        <source>I was in prison with them</source>
        <translation>با او هم‌بند بودم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="115"/>
        <source>I do not know</source>
        <translation>نمی‌دانم</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="116"/>
        <source>A prison</source>
        <translation>زندان</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="117"/>
        <source>A cemetery or burial ground</source>
        <translation>گورستان یا محل دفن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="118"/>
        <source>A court</source>
        <translation>دادگاه</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="119"/>
        <source>A city, town or village</source>
        <translation>شهر یا روستا</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="120"/>
        <source>Somewhere else</source>
        <translation>جای دیگر</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="127"/>
        <source>When we give this to the United Nations, may we say your loved one’s full name?</source>
        <translation>وقتی این روایت را به سازمان ملل متحد می‌دهیم، آیا اجازه می‌دهید نام کامل عزیزتان را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="130"/>
        <source>When we give this to Amnesty International, may we say your loved one’s full name?</source>
        <translation>وقتی این روایت را به عفو بین‌الملل می‌دهیم، آیا اجازه می‌دهید نام کامل عزیزتان را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="133"/>
        <source>When we give this to lawyers working on these cases, may we say your loved one’s full name?</source>
        <translation>وقتی این روایت را به وکیلانی می‌دهیم که روی این پرونده‌ها کار می‌کنند، آیا اجازه می‌دهید نام کامل عزیزتان را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="136"/>
        <source>If this is published for everyone to read, may we say your loved one’s full name?</source>
        <translation>اگر این روایت منتشر شود تا همه بخوانند، آیا اجازه می‌دهید نام کامل عزیزتان را بگوییم؟</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="145"/>
        <source>the United Nations</source>
        <translation>سازمان ملل متحد</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="147"/>
        <source>lawyers working on these cases</source>
        <translation>وکیلانی که روی این پرونده‌ها کار می‌کنند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="148"/>
        <source>everyone, if it is published</source>
        <translation>همه، اگر منتشر شود</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="154"/>
        <location filename="../../casefile/desktop/editors/wizard.py" line="992"/>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="163"/>
        <source>The full name may be given to: %1.</source>
        <translation>نام کامل را می‌توان به این‌ها گفت: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="164"/>
        <source>Only the first letters of the name for: %1.</source>
        <translation>فقط حروف اول نام برای: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="165"/>
        <source>No name at all for: %1.</source>
        <translation>هیچ نامی برای: %1.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="258"/>
        <source>Yes, the full name</source>
        <translation>بله، نام کامل</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="259"/>
        <source>Only the first letters of the name</source>
        <translation>فقط حروف اول نامش</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="260"/>
        <source>No name at all</source>
        <translation>هیچ نامی نبرید</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1346"/>
        <source>Accounts not yet saved</source>
        <translation>روایت‌هایی که هنوز ذخیره نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/wizard.py" line="1347"/>
        <source>These accounts were kept as drafts before they were saved. Go on with one, or start anew.</source>
        <translation>این روایت‌ها پیش از ذخیره شدن به صورت پیش‌نویس نگه داشته شده‌اند. یکی را ادامه دهید، یا از نو شروع کنید.</translation>
    </message>
</context>
<context>
    <name>_TransferDialog</name>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="84"/>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="85"/>
        <source>Choose…</source>
        <translation>انتخاب…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="100"/>
        <source>Problems found</source>
        <translation>ایرادهای پیداشده</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="111"/>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="112"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="135"/>
        <source>Choose a file first.</source>
        <translation>نخست یک پرونده انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="139"/>
        <source>Working…</source>
        <translation>در حال انجام…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="153"/>
        <source>Cancelling…</source>
        <translation>در حال لغو…</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="182"/>
        <source>It did not work: %1</source>
        <translation>انجام نشد: %1</translation>
    </message>
    <message>
        <location filename="../../casefile/desktop/editors/transfer.py" line="186"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>لغو شد؛ چیزی تغییر نکرد.</translation>
    </message>
</context>
</TS>
