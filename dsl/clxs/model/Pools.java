package clxs.model;

import java.util.List;

/**
 * Built-in reference lists behind {@link PersonField} and {@link PlaceField}: common US
 * first and last names (most frequent first), US cities with their state, 3-digit zip prefix and
 * coordinates (most populous first), street names, and reserved example e-mail domains.
 * Nothing here identifies a real person: names are drawn independently, e-mails use reserved
 * domains, phones use the fictional 555 exchange, SSNs the IRS test range.
 */
public final class Pools {

    private Pools() {}

    public static final List<String> FEMALE_FIRST_NAMES = List.of(
            "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan", "Jessica", "Sarah", "Karen",
            "Lisa", "Nancy", "Betty", "Sandra", "Margaret", "Ashley", "Kimberly", "Emily", "Donna", "Michelle",
            "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Dorothy", "Rebecca", "Sharon", "Laura", "Cynthia",
            "Amy", "Kathleen", "Angela", "Shirley", "Brenda", "Emma", "Anna", "Pamela", "Nicole", "Samantha",
            "Katherine", "Christine", "Helen", "Debra", "Rachel", "Carolyn", "Janet", "Maria", "Olivia", "Heather",
            "Diane", "Julie", "Joyce", "Victoria", "Ruth", "Virginia", "Lauren", "Kelly", "Christina", "Joan",
            "Evelyn", "Judith", "Andrea", "Hannah", "Megan", "Cheryl", "Jacqueline", "Martha", "Madison", "Teresa",
            "Gloria", "Sara", "Janice", "Ann", "Kathryn", "Abigail", "Sophia", "Frances", "Jean", "Alice",
            "Judy", "Isabella", "Julia", "Grace", "Amber", "Denise", "Danielle", "Marilyn", "Beverly", "Charlotte",
            "Natalie", "Theresa", "Diana", "Brittany", "Doris", "Kayla", "Alexis", "Lori", "Marie", "Ava");

    public static final List<String> MALE_FIRST_NAMES = List.of(
            "James", "Robert", "John", "Michael", "David", "William", "Richard", "Joseph", "Thomas", "Christopher",
            "Charles", "Daniel", "Matthew", "Anthony", "Mark", "Donald", "Steven", "Andrew", "Paul", "Joshua",
            "Kenneth", "Kevin", "Brian", "George", "Timothy", "Ronald", "Jason", "Edward", "Jeffrey", "Ryan",
            "Jacob", "Gary", "Nicholas", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon",
            "Benjamin", "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack", "Dennis", "Jerry",
            "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Zachary", "Douglas", "Peter", "Kyle",
            "Noah", "Ethan", "Jeremy", "Walter", "Christian", "Keith", "Roger", "Terry", "Austin", "Sean",
            "Gerald", "Carl", "Harold", "Dylan", "Arthur", "Lawrence", "Jordan", "Jesse", "Bryan", "Billy",
            "Bruce", "Gabriel", "Joe", "Logan", "Alan", "Juan", "Albert", "Willie", "Elijah", "Wayne",
            "Randy", "Vincent", "Mason", "Roy", "Ralph", "Bobby", "Russell", "Bradley", "Philip", "Eugene");

    public static final List<String> LAST_NAMES = List.of(
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Gonzalez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin",
            "Lee", "Perez", "Thompson", "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson",
            "Walker", "Young", "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores",
            "Green", "Adams", "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts",
            "Gomez", "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
            "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan", "Cooper",
            "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Kim", "Cox", "Ward", "Richardson",
            "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza", "Ruiz", "Hughes",
            "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long", "Ross", "Foster", "Jimenez",
            "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell", "Coleman", "Butler", "Henderson", "Barnes",
            "Gonzales", "Fisher", "Vasquez", "Simmons", "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham",
            "Reynolds", "Griffin", "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson",
            "Ellis", "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
            "Harrison", "Fernandez", "Mcdonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas", "Henry", "Chen");

    /** City, state, 3-digit zip prefix, latitude, longitude; most populous first. */
    public static final Pool US_CITIES = Pool.of("us_city", "city", "state", "zip3", "lat", "lng")
            .row("New York", "NY", "100", 40.7128, -74.0060)
            .row("Los Angeles", "CA", "900", 34.0522, -118.2437)
            .row("Chicago", "IL", "606", 41.8781, -87.6298)
            .row("Houston", "TX", "770", 29.7604, -95.3698)
            .row("Phoenix", "AZ", "850", 33.4484, -112.0740)
            .row("Philadelphia", "PA", "191", 39.9526, -75.1652)
            .row("San Antonio", "TX", "782", 29.4241, -98.4936)
            .row("San Diego", "CA", "921", 32.7157, -117.1611)
            .row("Dallas", "TX", "752", 32.7767, -96.7970)
            .row("Jacksonville", "FL", "322", 30.3322, -81.6557)
            .row("Austin", "TX", "787", 30.2672, -97.7431)
            .row("Fort Worth", "TX", "761", 32.7555, -97.3308)
            .row("San Jose", "CA", "951", 37.3382, -121.8863)
            .row("Columbus", "OH", "432", 39.9612, -82.9988)
            .row("Charlotte", "NC", "282", 35.2271, -80.8431)
            .row("Indianapolis", "IN", "462", 39.7684, -86.1581)
            .row("San Francisco", "CA", "941", 37.7749, -122.4194)
            .row("Seattle", "WA", "981", 47.6062, -122.3321)
            .row("Denver", "CO", "802", 39.7392, -104.9903)
            .row("Oklahoma City", "OK", "731", 35.4676, -97.5164)
            .row("Nashville", "TN", "372", 36.1627, -86.7816)
            .row("Washington", "DC", "200", 38.9072, -77.0369)
            .row("El Paso", "TX", "799", 31.7619, -106.4850)
            .row("Las Vegas", "NV", "891", 36.1699, -115.1398)
            .row("Boston", "MA", "021", 42.3601, -71.0589)
            .row("Detroit", "MI", "482", 42.3314, -83.0458)
            .row("Portland", "OR", "972", 45.5152, -122.6784)
            .row("Louisville", "KY", "402", 38.2527, -85.7585)
            .row("Memphis", "TN", "381", 35.1495, -90.0490)
            .row("Baltimore", "MD", "212", 39.2904, -76.6122)
            .row("Milwaukee", "WI", "532", 43.0389, -87.9065)
            .row("Albuquerque", "NM", "871", 35.0844, -106.6504)
            .row("Tucson", "AZ", "857", 32.2226, -110.9747)
            .row("Fresno", "CA", "937", 36.7378, -119.7871)
            .row("Sacramento", "CA", "958", 38.5816, -121.4944)
            .row("Mesa", "AZ", "852", 33.4152, -111.8315)
            .row("Kansas City", "MO", "641", 39.0997, -94.5786)
            .row("Atlanta", "GA", "303", 33.7490, -84.3880)
            .row("Omaha", "NE", "681", 41.2565, -95.9345)
            .row("Colorado Springs", "CO", "809", 38.8339, -104.8214)
            .row("Raleigh", "NC", "276", 35.7796, -78.6382)
            .row("Long Beach", "CA", "908", 33.7701, -118.1937)
            .row("Virginia Beach", "VA", "234", 36.8529, -75.9780)
            .row("Miami", "FL", "331", 25.7617, -80.1918)
            .row("Oakland", "CA", "946", 37.8044, -122.2712)
            .row("Minneapolis", "MN", "554", 44.9778, -93.2650)
            .row("Tulsa", "OK", "741", 36.1540, -95.9928)
            .row("Bakersfield", "CA", "933", 35.3733, -119.0187)
            .row("Wichita", "KS", "672", 37.6872, -97.3301)
            .row("Arlington", "TX", "760", 32.7357, -97.1081)
            .row("Tampa", "FL", "336", 27.9506, -82.4572)
            .row("New Orleans", "LA", "701", 29.9511, -90.0715)
            .row("Cleveland", "OH", "441", 41.4993, -81.6944)
            .row("Honolulu", "HI", "968", 21.3069, -157.8583)
            .row("Anaheim", "CA", "928", 33.8366, -117.9143)
            .row("Lexington", "KY", "405", 38.0406, -84.5037)
            .row("Stockton", "CA", "952", 37.9577, -121.2908)
            .row("Henderson", "NV", "890", 36.0395, -114.9817)
            .row("Saint Paul", "MN", "551", 44.9537, -93.0900)
            .row("St. Louis", "MO", "631", 38.6270, -90.1994)
            .row("Cincinnati", "OH", "452", 39.1031, -84.5120)
            .row("Pittsburgh", "PA", "152", 40.4406, -79.9959)
            .row("Greensboro", "NC", "274", 36.0726, -79.7920)
            .row("Anchorage", "AK", "995", 61.2181, -149.9003)
            .row("Lincoln", "NE", "685", 40.8136, -96.7026)
            .row("Orlando", "FL", "328", 28.5383, -81.3792)
            .row("Plano", "TX", "750", 33.0198, -96.6989)
            .row("Irvine", "CA", "926", 33.6846, -117.8265)
            .row("Newark", "NJ", "071", 40.7357, -74.1724)
            .row("Durham", "NC", "277", 35.9940, -78.8986)
            .row("Toledo", "OH", "436", 41.6528, -83.5379)
            .row("Fort Wayne", "IN", "468", 41.0793, -85.1394)
            .row("St. Petersburg", "FL", "337", 27.7676, -82.6403)
            .row("Jersey City", "NJ", "073", 40.7178, -74.0431)
            .row("Chandler", "AZ", "852", 33.3062, -111.8413)
            .row("Buffalo", "NY", "142", 42.8864, -78.8784)
            .row("Madison", "WI", "537", 43.0731, -89.4012)
            .row("Reno", "NV", "895", 39.5296, -119.8138)
            .row("Boise", "ID", "837", 43.6150, -116.2023)
            .row("Richmond", "VA", "232", 37.5407, -77.4360)
            .row("Spokane", "WA", "992", 47.6588, -117.4260)
            .row("Des Moines", "IA", "503", 41.5868, -93.6250)
            .row("Birmingham", "AL", "352", 33.5186, -86.8104)
            .row("Rochester", "NY", "146", 43.1566, -77.6088)
            .row("Salt Lake City", "UT", "841", 40.7608, -111.8910)
            .row("Little Rock", "AR", "722", 34.7465, -92.2896)
            .row("Providence", "RI", "029", 41.8240, -71.4128)
            .row("Hartford", "CT", "061", 41.7658, -72.6734)
            .row("Charleston", "SC", "294", 32.7765, -79.9311)
            .row("Jackson", "MS", "392", 32.2988, -90.1848)
            .row("Sioux Falls", "SD", "571", 43.5446, -96.7311)
            .row("Fargo", "ND", "581", 46.8772, -96.7898)
            .row("Billings", "MT", "591", 45.7833, -108.5007)
            .row("Cheyenne", "WY", "820", 41.1400, -104.8202)
            .row("Portland", "ME", "041", 43.6591, -70.2568)
            .row("Manchester", "NH", "031", 42.9956, -71.4548)
            .row("Burlington", "VT", "054", 44.4759, -73.2121)
            .row("Wilmington", "DE", "198", 39.7391, -75.5398)
            .row("Charleston", "WV", "253", 38.3498, -81.6326)
            .row("Columbia", "SC", "292", 34.0007, -81.0348)
            .popularity(Skew.power(1.6));

    public static final List<String> STREET_NAMES = List.of(
            "Main", "Oak", "Pine", "Maple", "Cedar", "Elm", "Washington", "Lake", "Hill", "Park",
            "Sunset", "Highland", "Jefferson", "Lincoln", "Madison", "Franklin", "Ridge", "Church", "Spring", "Willow",
            "Meadow", "River", "Forest", "Valley", "Chestnut", "Walnut", "Adams", "Jackson", "Cherry", "Birch",
            "Mill", "Center", "Broad", "Union", "Prospect", "Summit", "Lakeview", "Green", "Harbor", "College");

    public static final List<String> STREET_SUFFIXES = List.of("St", "Ave", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Pkwy");

    /** Reserved for documentation (RFC 2606): mail sent to them goes nowhere. */
    public static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.org", "example.net", "mail.example.com");
}
