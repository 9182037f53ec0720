package clxs.realism;

import com.anyascii.AnyAscii;
import java.util.Locale;

/**
 * The ASCII spelling of a name for the local part of an e-mail: transliterated from any script
 * (佐藤 → zuoteng, Παπαδόπουλος → papadopoylos, Иванов → ivanov), German umlauts as they are
 * written in addresses (Müller → mueller), then only {@code a-z} and {@code 0-9} kept. Datafaker's own
 * e-mails come out as {@code .@gmail.com} for ja, zh, ru, ko and ar, so clxs builds them itself.
 */
final class AsciiNames {

    private AsciiNames() {}

    /** Never empty: a name with nothing to spell in ASCII becomes {@code fallback}. */
    static String of(String name, String language, String fallback) {
        String text = name;
        if (language.equals("de")) {
            text = text.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
                    .replace("ß", "ss");
        }
        String ascii = AnyAscii.transliterate(text).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(ascii.length());
        for (char c : ascii.toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) b.append(c);
        }
        return b.length() == 0 ? fallback : b.toString();
    }
}
