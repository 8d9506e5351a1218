package org.k12jobspot.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Input meant to break the site, made from families of attacks (markup and event handlers,
 * expression language, SQL, bidi and zero-width characters, control characters and NUL, CR/LF log
 * forging, format strings, 64 KB strings, spreadsheet formulas, JSON breakers) times variants (as
 * is, after an ordinary word, doubled, upper case). Each string carries a marker of its own
 * (lower-case letters, which every text rule accepts), so a test finds where it went.
 *
 * <p>Every expression computes {@value #EVALUATED}: a page or file that shows that number ran one.
 */
record HostileStrings(List<Hostile> all) {

    /** The result of {@code 31337*3}, the sum every expression payload asks for. */
    static final String EVALUATED = "94011";

    /** One hostile string, its family and its marker. */
    record Hostile(String family, String marker, String text) {

        /** Whether the string carries a tag that must come out escaped. */
        boolean markup() {
            return text.indexOf('<') >= 0;
        }

        /**
         * From the string's first double quote on, a few characters: harmless as text, but inside a
         * tag unescaped it would end an attribute. Empty without a double quote.
         */
        String quoteProbe() {
            var start = text.indexOf('"');
            return start < 0 ? "" : text.substring(start, Math.min(text.length(), start + 12));
        }

        /** The part of the string from its first {@code <} to its marker, as written. */
        String liveMarkup() {
            var start = text.indexOf('<');
            var end = text.indexOf(marker);
            return start >= 0 && end > start ? text.substring(start, end) : "";
        }

        @Override
        public String toString() {
            var shown = text.length() > 60 ? text.substring(0, 60) + "…" : text;
            return family + " " + marker + " " + shown.replaceAll("\\p{Cntrl}", "?");
        }
    }

    private static final String KB64 = "a".repeat(64 * 1024);

    /** The whole corpus: at least 200 strings. */
    static HostileStrings corpus() {
        var families = new ArrayList<Family>();
        families.add(
                new Family(
                        "markup",
                        List.of(
                                "<script>alert('M')</script>",
                                "<img src=x onerror=alert('M')>",
                                "<svg onload=alert('M')>",
                                "\"><script>alert('M')</script>",
                                "'><b onmouseover=alert('M')>x</b>",
                                "<a href=\"javascript:alert('M')\">x</a>",
                                "</textarea><script>alert('M')</script>",
                                "</title><script>alert('M')</script>",
                                "\" autofocus onfocus=\"alert('M')",
                                "<iframe src=\"//127.0.0.1/M\"></iframe>",
                                "<!--M--><style>*{color:red}</style>",
                                "&lt;b&gt;M&#60;script&#62;",
                                "<![CDATA[M]]>")));
        families.add(
                new Family(
                        "expression",
                        List.of(
                                "#{31337*3}M",
                                "${31337*3}M",
                                "M#{facesContext.externalContext.sessionMap}",
                                "M#{request.session.invalidate()}",
                                "\\#{31337*3}M",
                                "M{{31337*3}}",
                                "M<%= 31337*3 %>",
                                "M${jndi:ldap://127.0.0.1/M}")));
        families.add(
                new Family(
                        "sql",
                        List.of(
                                "M' OR '1'='1",
                                "M'; DROP TABLE accounts; --",
                                "M\" OR \"\"=\"",
                                "M%_\\",
                                "M' UNION SELECT password_hash FROM credentials --",
                                "M'||'")));
        families.add(
                new Family(
                        "bidi",
                        List.of(
                                "M\u202Etxt.exe",
                                "M\u200B\u200C\u200D",
                                "\u2066M\u2069",
                                "M\u200F\u200E\u061C",
                                "\uFEFFM",
                                "M\u2028\u2029",
                                "M\u0301\u0301\u0301",
                                "M \uD83D\uDE00")));
        families.add(
                new Family(
                        "control",
                        List.of(
                                "M\u0000",
                                "\u0000M",
                                "M\u0007\u001B[31m",
                                "M\b\u007F",
                                "M\tM",
                                "M\u0085")));
        families.add(
                new Family(
                        "newline",
                        List.of(
                                "M\r\nSEVERE: forged M",
                                "M\nINFO: forged M",
                                "M\rWARNING: forged M",
                                "M%0d%0aSet-Cookie: x=M",
                                "M\r\n\r\n<html>M")));
        families.add(
                new Family(
                        "format",
                        List.of(
                                "M %s %n %x %d",
                                "M {0} {1}", "../../etc/passwd M", "M?token=x#y")));
        families.add(
                new Family(
                        "long",
                        List.of(
                                "M" + KB64,
                                KB64 + "M",
                                "<b>M</b>".repeat(8 * 1024),
                                "M" + "é".repeat(32 * 1024))));
        families.add(
                new Family(
                        "formula",
                        List.of(
                                "=HYPERLINK(\"http://127.0.0.1/M\")",
                                "+M",
                                "-M",
                                "@M",
                                "\tM",
                                "=1+1 M")));
        families.add(
                new Family(
                        "json",
                        List.of(
                                "M\",\"admin\":true,\"x\":\"",
                                "M\\\"}",
                                "M</script>",
                                "M\\u0000")));

        List<UnaryOperator<String>> variants =
                List.of(s -> s, s -> "Ada " + s, s -> s + s, s -> s.toUpperCase(Locale.ROOT));
        var all = new ArrayList<Hostile>();
        for (var family : families) {
            for (var template : family.templates()) {
                for (var variant : variants) {
                    var marker = marker(all.size());
                    // The marker is lower case: the upper-case variant is applied around it.
                    var text =
                            variant.apply(template.replace("M", "\u0001"))
                                    .replace("\u0001", marker);
                    all.add(new Hostile(family.name(), marker, text));
                }
            }
        }
        return new HostileStrings(all);
    }

    /** The markers of the whole corpus. */
    List<String> markers() {
        return all.stream().map(Hostile::marker).toList();
    }

    Hostile get(int index) {
        return all.get(Math.floorMod(index, all.size()));
    }

    int size() {
        return all.size();
    }

    /** A marker no text of the site contains: {@code qjx} and three letters. */
    private static String marker(int index) {
        var letters = new char[3];
        var n = index;
        for (var i = 2; i >= 0; i--) {
            letters[i] = (char) ('a' + n % 26);
            n /= 26;
        }
        return "qjx" + new String(letters);
    }

    private record Family(String name, List<String> templates) {}
}
