# html: escape, and unescape of numeric, named, semicolon-less and invalid references; html.entities tables.
import html
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<'\">", quote=False))
tests = ["&amp;&lt;&gt;&quot;&#39;&#x27;", "&copy 2024 &notit; &notin; &amp", "&#0;&#13;&#128;&#x9F;&#55296;&#1114112;&#1;&#65;&#x1F600;",
         "no refs", "&unknown; &ampx &#xZZ; &# &;", "&NewLine;&Tab;&nbsp;&eacute;&hearts;", "&acE;&bne;", "a&lt;b"]
for t in tests:
    print(repr(html.unescape(t)))
import html.entities
print(len(html.entities.html5), html.entities.name2codepoint["eacute"], html.entities.codepoint2name[233], html.entities.entitydefs["lt"])
print(html.entities.html5["amp;"], html.entities.html5["amp"])
# expect: &lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt; &lt;'"&gt;
# expect: '&<>"\'\''
# expect: '© 2024 ¬it; ∉ &'
# expect: '�\r€Ÿ��A😀'
# expect: 'no refs'
# expect: '&unknown; &x &#xZZ; &# &;'
# expect: '\n\t\xa0é♥'
# expect: '∾̳=⃥'
# expect: 'a<b'
# expect: 2231 233 eacute <
# expect: & &
