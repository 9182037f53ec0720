package clxs.plan;

import static clxs.plan.Expr.add;
import static clxs.plan.Expr.call;
import static clxs.plan.Expr.lit;
import static clxs.plan.Expr.mul;
import static clxs.plan.Expr.str;
import static clxs.plan.GenLowering.padded;
import static clxs.plan.GenLowering.popularIndex;

import clxs.model.LocalePools;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Pool;
import clxs.model.Pools;
import clxs.model.Skew;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lowers person and place fields. Fields drawn with one key ({@code base}) share their draws, so a
 * row's first name, e-mail and gender describe one person and its city, region and postal code one
 * place. The built-in lists are US ones; with {@code realistic_data} the lists are a locale's
 * ({@link LocalePools}), rendered into the statements as constant arrays like every other pool.
 */
abstract sealed class PeopleLowering {

    private final long seed;

    private PeopleLowering(long seed) {
        this.seed = seed;
    }

    static PeopleLowering builtIn(long seed) {
        return new BuiltIn(seed);
    }

    static PeopleLowering of(long seed, LocalePools pools) {
        return new OfLocale(seed, pools);
    }

    abstract Expr person(PersonField field, String base);

    abstract Expr place(PlaceField field, String base);

    int salt(String namespace) {
        return Salts.of(seed, namespace, 0);
    }

    Expr isFemale(String base) {
        return call(Op.LT, new Expr.HashInt(salt(base + "/gender"), 100), lit(51L));
    }

    /** IRS test range ({@code 9XX-XX-XXXX}): never a real social security number, in every locale. */
    Expr ssn(String base) {
        return Expr.concat(lit("9"), padded(new Expr.HashInt(salt(base + "/ssn1"), 100), 2), lit("-"),
                padded(add(lit(1L), new Expr.HashInt(salt(base + "/ssn2"), 99)), 2), lit("-"),
                padded(add(lit(1L), new Expr.HashInt(salt(base + "/ssn3"), 9_999)), 4));
    }

    Expr emailDomain(String base) {
        return new Expr.Pick(List.copyOf(Pools.EMAIL_DOMAINS), new Expr.HashInt(salt(base + "/email_domain"), Pools.EMAIL_DOMAINS.size()));
    }

    /** Within about 15 km of the city centre. */
    Expr jitter(Expr centre, String base, String what) {
        Expr delta = mul(call(Op.SUB, new Expr.HashUnit(salt(base + what)), lit(0.5)), lit(0.3));
        return call(Op.ROUND, add(centre, delta), lit(5));
    }

    /** The built-in US lists of {@link Pools}. */
    private static final class BuiltIn extends PeopleLowering {

        BuiltIn(long seed) {
            super(seed);
        }

        @Override
        Expr person(PersonField field, String base) {
            switch (field) {
                case GENDER: return Expr.ifElse(isFemale(base), lit("F"), lit("M"));
                case FIRST_NAME: return firstName(base);
                case LAST_NAME: return lastName(base);
                case FULL_NAME: return Expr.concat(firstName(base), lit(" "), lastName(base));
                case EMAIL:
                    return Expr.concat(call(Op.LOWER, firstName(base)), lit("."), call(Op.LOWER, lastName(base)),
                            str(new Expr.HashInt(salt(base + "/email_n"), 100)), lit("@"), emailDomain(base));
                case PHONE:
                    return Expr.concat(lit("("), str(add(lit(201L), new Expr.HashInt(salt(base + "/area"), 789))), lit(") 555-"),
                            padded(new Expr.HashInt(salt(base + "/line"), 10_000), 4));
                case SSN: return ssn(base);
                default: throw new IllegalStateException(field.name());
            }
        }

        private Expr firstName(String base) {
            return Expr.ifElse(isFemale(base),
                    new Expr.Pick(List.copyOf(Pools.FEMALE_FIRST_NAMES), popularIndex(Pools.FEMALE_FIRST_NAMES.size(), Skew.power(1.5), salt(base + "/first"))),
                    new Expr.Pick(List.copyOf(Pools.MALE_FIRST_NAMES), popularIndex(Pools.MALE_FIRST_NAMES.size(), Skew.power(1.5), salt(base + "/first"))));
        }

        private Expr lastName(String base) {
            return new Expr.Pick(List.copyOf(Pools.LAST_NAMES), popularIndex(Pools.LAST_NAMES.size(), Skew.power(1.4), salt(base + "/last")));
        }

        @Override
        Expr place(PlaceField field, String base) {
            Pool cities = Pools.US_CITIES;
            Expr city = popularIndex(cities.size(), cities.popularity(), salt(base + "/city"));
            switch (field) {
                case CITY: return new Expr.Pick(cities.column("city"), city);
                case STATE: return new Expr.Pick(cities.column("state"), city);
                case ZIP: return Expr.concat(new Expr.Pick(cities.column("zip3"), city), padded(new Expr.HashInt(salt(base + "/zip"), 100), 2));
                case LATITUDE: return jitter(new Expr.Pick(cities.column("lat"), city), base, "/lat");
                case LONGITUDE: return jitter(new Expr.Pick(cities.column("lng"), city), base, "/lng");
                case ADDRESS:
                    return Expr.concat(str(add(lit(100L), new Expr.HashInt(salt(base + "/number"), 9_900))), lit(" "),
                            new Expr.Pick(List.copyOf(Pools.STREET_NAMES), new Expr.HashInt(salt(base + "/street"), Pools.STREET_NAMES.size())), lit(" "),
                            new Expr.Pick(List.copyOf(Pools.STREET_SUFFIXES), new Expr.HashInt(salt(base + "/suffix"), Pools.STREET_SUFFIXES.size())));
                default: throw new IllegalStateException(field.name());
            }
        }
    }

    /** A locale's lists from {@link LocalePools}; every list is drawn uniformly. */
    private static final class OfLocale extends PeopleLowering {

        /** Languages that write the family name first. */
        private static final Set<String> FAMILY_NAME_FIRST = Set.of("ja", "zh", "ko", "hu", "vi");

        private final LocalePools pools;
        private final Pool places;
        private final boolean familyNameFirst;

        OfLocale(long seed, LocalePools pools) {
            super(seed);
            this.pools = pools;
            this.places = pools.placePool();
            this.familyNameFirst = FAMILY_NAME_FIRST.contains(pools.locale().split("_")[0].toLowerCase(Locale.ROOT));
        }

        @Override
        Expr person(PersonField field, String base) {
            switch (field) {
                case GENDER: return Expr.ifElse(isFemale(base), lit("F"), lit("M"));
                case FIRST_NAME: return firstName(base, pools.femaleFirstNames(), pools.maleFirstNames());
                case LAST_NAME: return pick(pools.lastNames(), base + "/last");
                case FULL_NAME:
                    return familyNameFirst
                            ? Expr.concat(pick(pools.lastNames(), base + "/last"), lit(" "), firstName(base, pools.femaleFirstNames(), pools.maleFirstNames()))
                            : Expr.concat(firstName(base, pools.femaleFirstNames(), pools.maleFirstNames()), lit(" "), pick(pools.lastNames(), base + "/last"));
                case EMAIL:
                    // the same draws as the name columns, spelled in ASCII: the address is the row's own name
                    return Expr.concat(firstName(base, pools.femaleFirstNamesAscii(), pools.maleFirstNamesAscii()), lit("."),
                            pick(pools.lastNamesAscii(), base + "/last"), str(new Expr.HashInt(salt(base + "/email_n"), 100)), lit("@"), emailDomain(base));
                case PHONE: return phone(base);
                case SSN: return ssn(base);
                default: throw new IllegalStateException(field.name());
            }
        }

        private Expr firstName(String base, List<String> female, List<String> male) {
            return Expr.ifElse(isFemale(base), pick(female, base + "/first"), pick(male, base + "/first"));
        }

        private Expr pick(List<String> values, String namespace) {
            return new Expr.Pick(List.copyOf(values), new Expr.HashInt(salt(namespace), values.size()));
        }

        /** A template of the locale's format with its four {@code #} filled from one draw of {@code 0..9999}. */
        private Expr phone(String base) {
            List<String> templates = pools.phoneTemplates();
            Expr template = new Expr.HashInt(salt(base + "/phone"), templates.size());
            Expr line = new Expr.HashInt(salt(base + "/line"), 10_000);
            List<List<Object>> pieces = new ArrayList<>();
            for (int i = 0; i <= LocalePools.PHONE_DIGITS; i++) pieces.add(new ArrayList<>());
            for (String t : templates) {
                String[] split = t.split("#", -1);
                for (int i = 0; i < split.length; i++) pieces.get(i).add(split[i]);
            }
            List<Expr> parts = new ArrayList<>();
            long place = 1_000;
            for (int i = 0; i <= LocalePools.PHONE_DIGITS; i++) {
                List<Object> piece = pieces.get(i);
                if (piece.stream().anyMatch(p -> !((String) p).isEmpty())) {
                    parts.add(piece.stream().distinct().count() == 1 ? lit(piece.get(0)) : new Expr.Pick(piece, template));
                }
                if (i < LocalePools.PHONE_DIGITS) {
                    parts.add(str(call(Op.MOD, call(Op.INT_DIV, line, lit(place)), lit(10L))));
                    place /= 10;
                }
            }
            return new Expr.Call(Op.CONCAT_NON_NULL, parts);
        }

        @Override
        Expr place(PlaceField field, String base) {
            Expr place = new Expr.HashInt(salt(base + "/city"), places.size());
            switch (field) {
                case CITY: return new Expr.Pick(places.column("city"), place);
                case STATE: return new Expr.Pick(places.column("region"), place);
                case ZIP: return new Expr.Pick(places.column("postal_code"), place);
                case LATITUDE: return jitter(new Expr.Pick(places.column("lat"), place), base, "/lat");
                case LONGITUDE: return jitter(new Expr.Pick(places.column("lng"), place), base, "/lng");
                case ADDRESS: return pick(pools.streetAddresses(), base + "/street");
                default: throw new IllegalStateException(field.name());
            }
        }
    }
}
