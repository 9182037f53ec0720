package clxs.model;

import java.util.List;
import java.util.Objects;

/**
 * People, places and companies of one locale, used instead of the built-in US lists of {@link Pools}
 * when {@code realistic_data} is on. They are built outside the model (from Datafaker, by
 * {@code clxs.realism}) and handed to the plan as data, so the same pools give the same SQL.
 *
 * <p>First names are aligned with their ASCII spelling (index for index), which e-mails are built
 * from, so a row's e-mail always spells that row's name, even for Japanese or Greek names. Phone
 * templates are numbers in the locale's format with their last four digits written {@code #}; each
 * row fills them in, so numbers stay valid for the locale without repeating. Each place is a city
 * with its region and one of its postal codes: those three always agree in a row.
 *
 * @param locale       e.g. {@code de_DE}
 * @param source       what built the pools, e.g. {@code datafaker 2.7.0}
 * @param gendered     whether the locale's names are split by gender (else both lists hold every first name)
 */
public record LocalePools(String locale, String source, long seed, boolean gendered,
                          List<String> femaleFirstNames, List<String> femaleFirstNamesAscii,
                          List<String> maleFirstNames, List<String> maleFirstNamesAscii,
                          List<String> lastNames, List<String> lastNamesAscii,
                          List<String> phoneTemplates, List<Place> places, List<String> streetAddresses, List<String> companies) {

    /** Digits a phone template leaves to the row. */
    public static final int PHONE_DIGITS = 4;

    /** A city with its region, one of its postal codes, and its coordinates. */
    public record Place(String city, String region, String postalCode, double latitude, double longitude) {
        public Place {
            Objects.requireNonNull(city, "city");
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(postalCode, "postalCode");
        }
    }

    public LocalePools {
        femaleFirstNames = nonEmpty("female first names", femaleFirstNames);
        femaleFirstNamesAscii = aligned("female first names", femaleFirstNames, femaleFirstNamesAscii);
        maleFirstNames = nonEmpty("male first names", maleFirstNames);
        maleFirstNamesAscii = aligned("male first names", maleFirstNames, maleFirstNamesAscii);
        lastNames = nonEmpty("last names", lastNames);
        lastNamesAscii = aligned("last names", lastNames, lastNamesAscii);
        phoneTemplates = nonEmpty("phone templates", phoneTemplates);
        for (String t : phoneTemplates) {
            if (t.chars().filter(c -> c == '#').count() != PHONE_DIGITS) {
                throw new IllegalArgumentException("phone template '" + t + "' must leave exactly " + PHONE_DIGITS + " digits (#) to the row");
            }
        }
        places = nonEmpty("places", places);
        streetAddresses = nonEmpty("street addresses", streetAddresses);
        companies = nonEmpty("companies", companies);
    }

    private static <T> List<T> nonEmpty(String what, List<T> values) {
        if (values == null || values.isEmpty()) throw new IllegalArgumentException("the " + what + " of a locale pool must not be empty");
        return List.copyOf(values);
    }

    private static List<String> aligned(String what, List<String> names, List<String> ascii) {
        if (ascii == null || ascii.size() != names.size()) throw new IllegalArgumentException("the " + what + " need one ASCII spelling each");
        for (String a : ascii) {
            if (a.isEmpty() || !a.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
                throw new IllegalArgumentException("ASCII spelling of " + what + " must be lower-case letters and digits, got '" + a + "'");
            }
        }
        return List.copyOf(ascii);
    }

    /** The places as a {@link Pool} with fields {@code city, region, postal_code, lat, lng}, so a row's fields come from one entry. */
    public Pool placePool() {
        List<List<Object>> rows = places.stream().map(pl -> List.<Object>of(pl.city(), pl.region(), pl.postalCode(), pl.latitude(), pl.longitude())).toList();
        return new Pool("locale_place", List.of("city", "region", "postal_code", "lat", "lng"), rows, Skew.UNIFORM);
    }

    /** The companies as a {@link Pool} with field {@code name}. */
    public Pool companyPool() {
        return new Pool("locale_company", List.of("name"), companies.stream().map(c -> List.<Object>of(c)).toList(), Skew.UNIFORM);
    }
}
