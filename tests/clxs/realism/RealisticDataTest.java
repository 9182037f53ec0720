package clxs.realism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import clxs.DemoCatalog;
import clxs.engine.LocalEngine;
import clxs.industries.Industries;
import clxs.model.LocalePools;
import clxs.result.RunResult;
import clxs.settings.DqProfile;
import clxs.support.Duck;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code --realistic-data --locale ...} on generated rows: German names from Datafaker's German
 * lists and German phone numbers (checked by libphonenumber, the library Datafaker formats with),
 * Japanese names with ASCII e-mails that spell the row's own name, places whose city, region and
 * postal code agree, and the same rows from the same seed whether the pools were built or cached.
 */
class RealisticDataTest {

    @TempDir
    static Path dir;

    static final DemoCatalog GERMAN = DemoCatalog.named("real_de").industries(Industries.FINANCIAL, Industries.HEALTHCARE).scale(0.002).seed(42)
            .realistic(Locale.GERMANY).dqProfile(DqProfile.CLEAN).medallion(false).createVolumes(false).ucBestPractices(false)
            .validateReferentialIntegrity(false);
    static final DemoCatalog JAPANESE = GERMAN.catalog("real_ja").industries(Industries.FINANCIAL).scale(0.001).realistic(Locale.JAPAN);

    private static Duck german;
    private static Duck japanese;

    @BeforeAll
    static void generate() {
        for (DemoCatalog d : List.of(GERMAN, JAPANESE)) {
            RunResult r = d.generate(LocalEngine.in(dir).quiet());
            assertTrue(r.succeeded(), r.toString());
        }
        german = Duck.open(dir, "real_de");
        japanese = Duck.open(dir, "real_ja");
    }

    @Test
    void germanFirstAndLastNamesComeFromDatafakersGermanLists() throws IOException {
        Map<String, Object> names = datafakerNames("de");
        Set<String> first = new HashSet<>();
        for (String key : List.of("first_name", "female_first_name", "male_first_name")) first.addAll(strings(names.get(key)));
        Set<String> last = new HashSet<>(strings(names.get("last_name")));
        assertTrue(first.size() > 500 && last.size() > 1000, "German lists read: " + first.size() + " first, " + last.size() + " last names");
        for (String table : List.of("financial.customers", "healthcare.patients")) {
            List<List<Object>> rows = german.rows("SELECT first_name, last_name FROM " + table);
            assertTrue(rows.size() >= 1000, table + " rows: " + rows.size());
            long firstIn = rows.stream().filter(r -> first.contains((String) r.get(0))).count();
            long lastIn = rows.stream().filter(r -> last.contains((String) r.get(1))).count();
            assertTrue(firstIn >= 0.9 * rows.size(), table + ": " + firstIn + " of " + rows.size() + " first names are German");
            assertTrue(lastIn >= 0.9 * rows.size(), table + ": " + lastIn + " of " + rows.size() + " last names are German");
            assertTrue(german.longValue("SELECT count(DISTINCT last_name) FROM " + table) > 300, table + ": names vary");
        }
    }

    @Test
    void germanPhonesAreValidGermanNumbers() throws NumberParseException {
        PhoneNumberUtil phones = PhoneNumberUtil.getInstance();
        List<List<Object>> rows = german.rows("SELECT phone FROM financial.customers UNION ALL SELECT phone FROM healthcare.patients");
        assertTrue(rows.size() >= 2000, "phones: " + rows.size());
        for (List<Object> r : rows) {
            String phone = (String) r.get(0);
            assertTrue(phones.isValidNumberForRegion(phones.parse(phone, "DE"), "DE"), phone + " is not a valid German number");
            assertTrue(phone.startsWith("0") || phone.startsWith("+49"), phone);
        }
        assertTrue(german.longValue("SELECT count(DISTINCT phone) FROM financial.customers") > 0.95 * german.longValue("SELECT count(*) FROM financial.customers"),
                "phone numbers are not reused");
    }

    @Test
    void japaneseNamesHaveAsciiEmailsThatSpellTheRowsOwnName() {
        LocalePools pools = RealismPools.load("ja_JP", 42, dir);
        Map<String, String> ascii = new HashMap<>();
        for (int i = 0; i < pools.femaleFirstNames().size(); i++) ascii.put(pools.femaleFirstNames().get(i), pools.femaleFirstNamesAscii().get(i));
        for (int i = 0; i < pools.maleFirstNames().size(); i++) ascii.put(pools.maleFirstNames().get(i), pools.maleFirstNamesAscii().get(i));
        Map<String, String> lastAscii = new HashMap<>();
        for (int i = 0; i < pools.lastNames().size(); i++) lastAscii.put(pools.lastNames().get(i), pools.lastNamesAscii().get(i));
        Pattern rfc5322 = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                + "@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");
        List<List<Object>> rows = japanese.rows("SELECT first_name, last_name, email FROM financial.customers");
        assertTrue(rows.size() >= 1000, "customers: " + rows.size());
        long japaneseScript = 0;
        for (List<Object> r : rows) {
            String first = (String) r.get(0), last = (String) r.get(1), email = (String) r.get(2);
            String local = email.substring(0, email.indexOf('@'));
            assertFalse(local.isEmpty(), email);
            assertTrue(email.chars().allMatch(c -> c < 128), email + " is not ASCII");
            assertTrue(rfc5322.matcher(email).matches(), email + " is not an RFC 5322 address");
            assertTrue(local.startsWith(ascii.get(first) + "." + lastAscii.get(last)), email + " does not spell " + last + " " + first);
            if (last.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) japaneseScript++;
        }
        assertTrue(japaneseScript > 0.9 * rows.size(), japaneseScript + " of " + rows.size() + " family names in kanji");
    }

    @Test
    void cityRegionAndPostalCodeOfARowBelongTogether() {
        LocalePools pools = RealismPools.load("de_DE", 42, dir);
        Set<List<String>> places = new HashSet<>();
        for (LocalePools.Place p : pools.places()) places.add(List.of(p.city(), p.region(), p.postalCode()));
        List<List<Object>> rows = german.rows("SELECT city, state, zip FROM financial.branches");
        assertTrue(rows.size() >= 1000, "branches: " + rows.size());
        Map<String, String> regionOfCity = new HashMap<>();
        Map<String, String> cityOfCode = new HashMap<>();
        for (List<Object> r : rows) {
            String city = (String) r.get(0), region = (String) r.get(1), code = (String) r.get(2);
            assertTrue(places.contains(List.of(city, region, code)), city + ", " + region + ", " + code + " is not one place");
            assertEquals(regionOfCity.computeIfAbsent(city, c -> region), region, city + " lies in one region");
            assertEquals(cityOfCode.computeIfAbsent(code, c -> city), city, code + " belongs to one city");
            assertTrue(code.matches("\\d{5}"), code + " is a German postal code");
        }
        assertTrue(regionOfCity.size() > 100, "cities: " + regionOfCity.size());
        assertTrue(pools.places().stream().allMatch(p -> p.latitude() > 47 && p.latitude() < 55.5 && p.longitude() > 5.5 && p.longitude() < 15.5),
                "German places lie in Germany on a map");
    }

    @Test
    void theSameSeedGivesTheSamePoolsAndRowsWhetherBuiltOrCached() throws IOException {
        LocalePools built = RealismPools.build("de_DE", 42);
        assertEquals(built, RealismPools.build("de_DE", 42));
        assertEquals(built, RealismPools.load("de_DE", 42, dir), "the cached pools are the built ones");
        assertNotEquals(built.lastNames(), RealismPools.build("de_DE", 43).lastNames());
        Path cache = RealismPools.cacheFile("de_DE", 42, dir);
        assertTrue(Files.isRegularFile(cache) && cache.toString().contains("datafaker-2.7.0"), cache.toString());

        Path again = dir.resolve("again");
        assertTrue(GERMAN.generate(LocalEngine.in(again).quiet()).succeeded());
        assertTrue(Files.isRegularFile(RealismPools.cacheFile("de_DE", 42, again)), "the second directory built its own cache");
        Files.writeString(RealismPools.cacheFile("de_DE", 42, again), "{ not json");
        Path third = dir.resolve("third");
        Files.createDirectories(RealismPools.cacheFile("de_DE", 42, third).getParent());
        Files.copy(RealismPools.cacheFile("de_DE", 42, dir), RealismPools.cacheFile("de_DE", 42, third));
        assertTrue(GERMAN.generate(LocalEngine.in(third).quiet()).succeeded());
        try (Duck a = Duck.open(again, "real_de"); Duck c = Duck.open(third, "real_de")) {
            for (String t : List.of("financial.customers", "financial.branches", "financial.merchants", "healthcare.patients")) {
                assertEquals(german.checksum(t), a.checksum(t), t + " from freshly built pools");
                assertEquals(german.checksum(t), c.checksum(t), t + " from cached pools");
            }
        }
        assertEquals(built, RealismPools.load("de_DE", 42, again), "a broken cache file is rebuilt");
    }

    @Test
    void companyNamesComeFromTheLocale() {
        LocalePools pools = RealismPools.load("de_DE", 42, dir);
        List<List<Object>> rows = german.rows("SELECT name FROM financial.merchants");
        assertTrue(rows.size() >= 500, "merchants: " + rows.size());
        assertTrue(rows.stream().allMatch(r -> pools.companies().contains((String) r.get(0))), "merchant names are German companies");
        assertTrue(pools.companies().stream().anyMatch(c -> c.contains("GmbH") || c.contains(" und ") || c.contains("AG")), pools.companies().toString());
    }

    @Test
    void anUnknownLocaleIsRefusedNamingTheField() {
        clxs.settings.InvalidDefinitionException e = org.junit.jupiter.api.Assertions.assertThrows(clxs.settings.InvalidDefinitionException.class,
                () -> GERMAN.locale("xx_YY").plan(dir));
        assertEquals("locale", e.field());
        assertEquals("locale", org.junit.jupiter.api.Assertions.assertThrows(clxs.settings.InvalidDefinitionException.class,
                () -> GERMAN.locale("German")).field());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> datafakerNames(String language) throws IOException {
        try (InputStream in = net.datafaker.Faker.class.getClassLoader().getResourceAsStream(language + ".yml")) {
            Map<String, Object> root = new Yaml().load(in);
            Map<String, Object> faker = (Map<String, Object>) ((Map<String, Object>) root.get(language)).get("faker");
            return (Map<String, Object>) faker.get("name");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return v == null ? List.of() : ((List<Object>) v).stream().map(String::valueOf).toList();
    }
}
