package clxs.realism;

import clxs.model.LocalePools;
import clxs.settings.InvalidDefinitionException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import net.datafaker.Faker;

/**
 * Builds a locale's {@link LocalePools} with Datafaker, from one {@code Faker(locale, Random(seed))}
 * drawn in a fixed order on one thread, so the same locale and seed give the same pools. Only this
 * class touches Datafaker: it is loaded when {@code realistic_data} is on and the pools are not cached.
 */
final class DatafakerPools {

    static final int FIRST_NAMES = 1_000;
    static final int LAST_NAMES = 1_000;
    static final int PHONES = 100;
    static final int CITIES = 250;
    static final int POSTAL_CODES_PER_CITY = 4;
    static final int STREETS = 500;
    static final int COMPANIES = 500;
    /** Draws allowed per distinct value wanted: a locale with few names stops early instead of looping. */
    private static final int TRIES = 20;
    /** Draws in a row without a new value after which a list counts as exhausted. */
    private static final int SATURATED = 400;

    private DatafakerPools() {}

    /** The Datafaker version on the class path ({@code 2.7.0}), part of the cache key. */
    static String version() {
        String v = Faker.class.getPackage().getImplementationVersion();
        return v == null ? "unknown" : v;
    }

    /** Throws naming the locale when Datafaker has no data for its language. */
    static Locale locale(String tag) {
        String[] parts = tag.split("_");
        Locale locale = parts.length == 1 ? new Locale(parts[0]) : new Locale(parts[0], parts[1]);
        ClassLoader loader = Faker.class.getClassLoader();
        boolean known = loader.getResource(parts[0] + ".yml") != null || (parts.length > 1 && loader.getResource(parts[0] + "-" + parts[1] + ".yml") != null);
        if (!known) {
            throw new InvalidDefinitionException("locale", "Datafaker " + version() + " has no data for '" + tag
                    + "'; try en_US, en_GB, de_DE, fr_FR, es_ES, it_IT, nl_NL, pl_PL, pt_BR, sv_SE, ja_JP, zh_CN, ko_KR, ru_RU or el_GR");
        }
        return locale;
    }

    static LocalePools build(String tag, long seed) {
        Locale locale = locale(tag);
        String language = locale.getLanguage();
        Faker faker = new Faker(locale, new Random(seed));
        List<String> anyFirst = distinct(() -> faker.name().firstName(), FIRST_NAMES * 2);
        List<String> female = distinct(() -> faker.name().femaleFirstName(), FIRST_NAMES);
        List<String> male = distinct(() -> faker.name().maleFirstName(), FIRST_NAMES);
        // a locale without gendered lists falls back to English ones: then every first name serves both genders
        boolean gendered = share(female, anyFirst) >= 0.9 && share(male, anyFirst) >= 0.9;
        if (!gendered) {
            female = anyFirst.size() > FIRST_NAMES ? anyFirst.subList(0, FIRST_NAMES) : anyFirst;
            male = female;
        }
        List<String> last = distinct(() -> faker.name().lastName(), LAST_NAMES);
        List<String> phones = new ArrayList<>();
        for (String number : distinct(() -> faker.phoneNumber().cellPhone(), PHONES)) {
            String template = template(number);
            if (template != null) phones.add(template);
        }
        List<LocalePools.Place> places = places(faker, locale);
        List<String> streets = distinct(() -> faker.address().streetAddress(), STREETS);
        List<String> companies = distinct(() -> faker.company().name(), COMPANIES);
        return new LocalePools(tag, "datafaker " + version(), seed, gendered, female, ascii(female, language, "anna"), male, ascii(male, language, "alex"),
                last, ascii(last, language, "smith"), phones, places, streets, companies);
    }

    /** Cities with one region each and their own postal codes (a postal code belongs to one city). */
    private static List<LocalePools.Place> places(Faker faker, Locale locale) {
        List<String> cities = distinct(() -> faker.address().city(), CITIES);
        Set<String> usedCodes = new LinkedHashSet<>();
        CountryBox box = CountryBox.of(locale);
        List<LocalePools.Place> places = new ArrayList<>();
        for (String city : cities) {
            String region = faker.address().state();
            double lat = box == null ? Double.parseDouble(faker.address().latitude().replace(',', '.')) : box.latitude(faker.random().nextDouble());
            double lng = box == null ? Double.parseDouble(faker.address().longitude().replace(',', '.')) : box.longitude(faker.random().nextDouble());
            for (int i = 0, tries = 0; i < POSTAL_CODES_PER_CITY && tries < POSTAL_CODES_PER_CITY * TRIES; tries++) {
                String code = faker.address().zipCode();
                if (usedCodes.add(code)) {
                    places.add(new LocalePools.Place(city, region, code, Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5));
                    i++;
                }
            }
        }
        return places;
    }

    /** The number with its last four digits as {@code #}, or null when it has fewer. */
    static String template(String number) {
        char[] chars = number.toCharArray();
        int left = LocalePools.PHONE_DIGITS;
        for (int i = chars.length - 1; i >= 0 && left > 0; i--) {
            if (Character.isDigit(chars[i])) {
                chars[i] = '#';
                left--;
            }
        }
        return left == 0 ? new String(chars) : null;
    }

    private static List<String> ascii(List<String> names, String language, String fallback) {
        Map<String, String> cache = new HashMap<>();
        return names.stream().map(n -> cache.computeIfAbsent(n, x -> AsciiNames.of(x, language, fallback))).toList();
    }

    /**
     * Up to {@code wanted} distinct values, in the order first drawn; stops early once {@link #SATURATED}
     * draws in a row found nothing new (the locale's list is exhausted).
     */
    private static List<String> distinct(Supplier<String> draw, int wanted) {
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0, stale = 0; i < wanted * TRIES && seen.size() < wanted && stale < SATURATED; i++) {
            String v = draw.get();
            if (v != null && !v.isBlank() && seen.add(v.strip())) stale = 0;
            else stale++;
        }
        return new ArrayList<>(seen);
    }

    private static double share(List<String> names, List<String> of) {
        Set<String> all = new LinkedHashSet<>(of);
        return names.isEmpty() ? 0 : names.stream().filter(all::contains).count() / (double) names.size();
    }

    /** Rough latitude and longitude bounds of a country, so a locale's cities land in it on a map. */
    record CountryBox(double south, double north, double west, double east) {

        private static final Map<String, CountryBox> BOXES = new LinkedHashMap<>();
        private static final Map<String, String> COUNTRY_OF_LANGUAGE = Map.ofEntries(Map.entry("de", "DE"), Map.entry("fr", "FR"),
                Map.entry("ja", "JP"), Map.entry("zh", "CN"), Map.entry("ko", "KR"), Map.entry("ru", "RU"), Map.entry("it", "IT"),
                Map.entry("es", "ES"), Map.entry("pt", "PT"), Map.entry("nl", "NL"), Map.entry("pl", "PL"), Map.entry("sv", "SE"),
                Map.entry("el", "GR"), Map.entry("tr", "TR"), Map.entry("cs", "CZ"), Map.entry("en", "US"), Map.entry("da", "DK"),
                Map.entry("fi", "FI"), Map.entry("nb", "NO"));

        static {
            box("US", 25, 49, -124, -67);
            box("DE", 47.3, 55.0, 5.9, 15.0);
            box("AT", 46.4, 49.0, 9.5, 17.1);
            box("CH", 45.8, 47.8, 5.9, 10.5);
            box("FR", 42.3, 51.1, -4.8, 8.2);
            box("GB", 50.0, 58.6, -5.7, 1.8);
            box("IE", 51.4, 55.4, -10.4, -6.0);
            box("ES", 36.0, 43.8, -9.3, 3.3);
            box("PT", 37.0, 42.1, -9.5, -6.2);
            box("IT", 37.0, 46.5, 7.0, 18.5);
            box("NL", 50.8, 53.5, 3.4, 7.2);
            box("BE", 49.5, 51.5, 2.6, 6.4);
            box("PL", 49.0, 54.8, 14.1, 24.1);
            box("SE", 55.4, 68.0, 11.1, 23.9);
            box("NO", 58.0, 70.0, 5.0, 30.0);
            box("DK", 54.6, 57.7, 8.1, 12.6);
            box("FI", 60.0, 69.0, 21.0, 31.5);
            box("CZ", 48.6, 51.0, 12.1, 18.8);
            box("GR", 35.0, 41.5, 20.0, 26.5);
            box("TR", 36.5, 41.5, 27.0, 44.0);
            box("RU", 45.0, 60.0, 30.0, 60.0);
            box("JP", 31.0, 43.0, 130.0, 145.0);
            box("CN", 22.0, 41.0, 100.0, 122.0);
            box("KR", 34.5, 38.3, 126.1, 129.4);
            box("TW", 22.0, 25.2, 120.1, 121.9);
            box("IN", 9.0, 29.0, 70.0, 88.0);
            box("BR", -30.0, -3.0, -55.0, -35.0);
            box("MX", 16.0, 30.0, -110.0, -90.0);
            box("CA", 43.0, 53.0, -123.0, -64.0);
            box("AU", -38.0, -20.0, 115.0, 153.0);
        }

        private static void box(String country, double south, double north, double west, double east) {
            BOXES.put(country, new CountryBox(south, north, west, east));
        }

        /** The box of the locale's country (or its language's usual country), or null when unknown. */
        static CountryBox of(Locale locale) {
            String country = locale.getCountry().isEmpty() ? COUNTRY_OF_LANGUAGE.get(locale.getLanguage()) : locale.getCountry();
            return country == null ? null : BOXES.get(country);
        }

        double latitude(double u) {
            return south + (north - south) * u;
        }

        double longitude(double u) {
            return west + (east - west) * u;
        }
    }
}
