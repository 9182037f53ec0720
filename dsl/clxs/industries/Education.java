package clxs.industries;

import static clxs.model.Gen.amount;
import static clxs.model.Gen.bool;
import static clxs.model.Gen.code;
import static clxs.model.Gen.dates;
import static clxs.model.Gen.decimals;
import static clxs.model.Gen.derived;
import static clxs.model.Gen.fk;
import static clxs.model.Gen.ints;
import static clxs.model.Gen.lookup;
import static clxs.model.Gen.oneOf;
import static clxs.model.Gen.person;
import static clxs.model.Gen.place;
import static clxs.model.Gen.pool;
import static clxs.model.Gen.sequence;
import static clxs.model.Gen.template;
import static clxs.model.Gen.timestamps;
import static clxs.model.Gen.weighted;
import static clxs.model.SqlType.BIGINT;
import static clxs.model.SqlType.BOOLEAN;
import static clxs.model.SqlType.DATE;
import static clxs.model.SqlType.DOUBLE;
import static clxs.model.SqlType.INT;
import static clxs.model.SqlType.STRING;
import static clxs.model.SqlType.TIMESTAMP;

import clxs.model.Industry;
import clxs.model.PersonField;
import clxs.model.PlaceField;
import clxs.model.Pool;
import clxs.model.Seasonality;
import clxs.model.Skew;
import clxs.model.SqlType;
import clxs.model.Table;
import clxs.model.Udf;
import java.time.LocalDate;
import java.util.List;

/**
 * Higher education: enrollments, learning-platform events and assessments over students, courses
 * and instructors, with aid, research, housing and campus life. Activity peaks with the fall term.
 */
public final class Education {

    private Education() {}

    static final Seasonality TERM = Seasonality.FALL_TERM;
    static final Seasonality CLASS_DAYS = Seasonality.FALL_TERM.withWeekdays(Seasonality.BUSINESS_DAYS);

    /** The academic term of a date: Fall from August, Spring to May, Summer in between. */
    static String semesterOf(String date) {
        return "CASE WHEN month(" + date + ") >= 8 THEN 'Fall ' WHEN month(" + date + ") <= 5 THEN 'Spring ' ELSE 'Summer ' END || CAST(year(" + date
                + ") AS STRING)";
    }

    /** Department, course prefix, college, STEM. */
    static final Pool DEPARTMENTS = Pool.of("department", "name", "prefix", "college", "stem")
            .row("Computer Science", "CS", "College of Engineering", true).row("Business Administration", "BUS", "School of Business", false)
            .row("Biology", "BIO", "College of Sciences", true).row("Psychology", "PSY", "College of Arts and Sciences", false)
            .row("Mechanical Engineering", "ME", "College of Engineering", true).row("English", "ENG", "College of Arts and Sciences", false)
            .row("Nursing", "NUR", "School of Health", true).row("Economics", "ECON", "College of Arts and Sciences", false)
            .row("Mathematics", "MATH", "College of Sciences", true).row("History", "HIST", "College of Arts and Sciences", false)
            .row("Chemistry", "CHEM", "College of Sciences", true).row("Education", "EDU", "School of Education", false)
            .row("Electrical Engineering", "EE", "College of Engineering", true).row("Art and Design", "ART", "College of Fine Arts", false)
            .popularity(Skew.power(1.3));

    static final Pool TOPICS = Pool.of("topic", "topic")
            .row("Data Structures").row("Organic Chemistry").row("Microeconomics").row("American History").row("Linear Algebra")
            .row("Cell Biology").row("Financial Accounting").row("Cognitive Psychology").row("Thermodynamics").row("Creative Writing")
            .row("Machine Learning").row("Public Health").row("Marketing Strategy").row("Digital Circuits").row("World Literature")
            .row("Statistics").row("Anatomy and Physiology").row("Renaissance Art").row("Operating Systems").row("Educational Psychology");

    static final Pool BUILDINGS = Pool.of("building", "name")
            .row("Founders Hall").row("Science Center").row("Engineering Quad").row("Library Tower").row("Arts Pavilion")
            .row("Business Commons").row("Health Sciences Building").row("Athletic Center").row("Student Union");

    static final Pool RESIDENCES = Pool.of("residence", "name")
            .row("Maple Hall").row("Oak Hall").row("Cedar Commons").row("Riverside Suites").row("North Tower").row("Graduate Village");

    static final Pool EMPLOYERS = Pool.of("employer", "name")
            .row("Brightline Analytics").row("Summit Health").row("Northwind Consulting").row("Cascade Software").row("Harbor Financial")
            .row("Evergreen Schools").row("Pioneer Engineering").row("Meridian Media").row("Self-employed").row("Graduate school");

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("education")
                .description("University: enrollments, learning events, assessments, students, courses, instructors, aid, research and campus life")

                .table(Table.fact("enrollments", 100_000_000).date("enrollment_date")
                        .comment("Course enrollments and final grades")
                        .col("enrollment_id", sequence(), "Unique enrollment identifier")
                        .col("student_id", fk("students", Skew.power(1.1)), "Student")
                        .col("course_id", fk("courses", Skew.power(1.4)), "Course")
                        .col("semester", STRING, derived(semesterOf("enrollment_date")), "Term, e.g. Fall 2023")
                        .col("grade", weighted("A", 28, "A-", 12, "B+", 12, "B", 15, "B-", 8, "C+", 7, "C", 7, "D", 3, "F", 3, "W", 5), "Final grade")
                        .col("credits", weighted(3, 70, 4, 20, 1, 5, 2, 5), "Credit hours")
                        .col("enrollment_date", dates(TERM), "Date enrolled")
                        .col("status", weighted("COMPLETED", 80, "ENROLLED", 10, "WITHDRAWN", 6, "INCOMPLETE", 2, "AUDIT", 2), "Status")
                        .col("gpa", SqlType.decimal(3, 2), derived("CASE grade WHEN 'A' THEN 4.0 WHEN 'A-' THEN 3.7 WHEN 'B+' THEN 3.3 WHEN 'B' THEN 3.0 "
                                + "WHEN 'B-' THEN 2.7 WHEN 'C+' THEN 2.3 WHEN 'C' THEN 2.0 WHEN 'D' THEN 1.0 WHEN 'F' THEN 0.0 END"), "Grade points, NULL for W")
                        .col("instructor_id", lookup("course_id", "instructor_id"), "Instructor of the course"))

                .table(Table.fact("learning_events", 50_000_000).date("event_timestamp")
                        .comment("Learning-platform activity")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("student_id", fk("students", Skew.power(1.2)), "Student")
                        .col("course_id", fk("courses", Skew.power(1.4)), "Course")
                        .col("event_type", weighted("VIDEO_WATCH", 30, "READING", 22, "QUIZ_ATTEMPT", 15, "LOGIN", 15, "DISCUSSION_POST", 10, "ASSIGNMENT_SUBMIT", 8),
                                "Activity")
                        .col("content_id", code("CNT-999999", ints(0, 999_999)), "Content item")
                        .col("duration_seconds", ints(5, 10_800, Skew.logNormal(420, 1.1)), "Time spent")
                        .col("event_timestamp", timestamps(TERM.withHours(Seasonality.EVENING_PEAK)), "When")
                        .col("device", weighted("LAPTOP", 55, "MOBILE", 28, "DESKTOP", 10, "TABLET", 7), "Device")
                        .col("score", SqlType.decimal(5, 1), derived("CASE WHEN event_type IN ('QUIZ_ATTEMPT', 'ASSIGNMENT_SUBMIT') THEN $0 END",
                                decimals(0, 100, 1, Skew.normal(78, 14))), "Score, for quizzes and assignments")
                        .col("completion_pct", SqlType.decimal(5, 1), decimals(0, 100, 1, Skew.power(0.35)), "Share of the content completed"))

                .table(Table.fact("assessments", 30_000_000).date("submitted_at")
                        .comment("Graded assessments")
                        .col("assessment_id", sequence(), "Unique assessment identifier")
                        .col("student_id", fk("students", Skew.power(1.1)), "Student")
                        .col("course_id", fk("courses", Skew.power(1.4)), "Course")
                        .col("assessment_type", weighted("ASSIGNMENT", 35, "QUIZ", 25, "LAB", 12, "MIDTERM", 10, "PROJECT", 8, "FINAL", 10), "Type")
                        .col("score", SqlType.decimal(6, 1), derived("round(max_score * $0, 1)", decimals(0.2, 1, 3, Skew.normal(0.79, 0.12))), "Points earned")
                        .col("max_score", weighted(10, 25, 20, 20, 50, 20, 100, 35), "Points possible")
                        .col("submitted_at", timestamps(TERM.withHours(Seasonality.EVENING_PEAK)), "Submitted")
                        .col("graded_at", TIMESTAMP, derived("{{add_seconds(submitted_at, $0)}}", ints(3_600, 1_209_600, Skew.logNormal(172_800, 0.8))), "Graded")
                        .col("grader_id", fk("instructors", Skew.power(1.2)), "Grader")
                        .col("feedback", weighted("Excellent work", 20, "Good analysis, check citations", 20, "Show more of your reasoning", 20,
                                "Late submission", 10, "Well organized", 20, "See rubric comments", 10), "Feedback"))

                .table(Table.fact("attendance", 5_000_000).date("class_date")
                        .comment("Class attendance")
                        .col("attendance_id", sequence(), "Unique attendance record identifier")
                        .col("student_id", fk("students", Skew.power(1.1)), "Student")
                        .col("course_id", fk("courses", Skew.power(1.4)), "Course")
                        .col("class_date", dates(CLASS_DAYS), "Class meeting")
                        .col("status", weighted("PRESENT", 85, "ABSENT", 7, "LATE", 6, "EXCUSED", 2), "Attendance")
                        .col("minutes_late", INT, derived("CASE WHEN status = 'LATE' THEN $0 ELSE 0 END", ints(1, 40, Skew.power(2.0))), "Minutes late"))

                .table(Table.fact("tuition_payments", 5_000_000).date("payment_date")
                        .comment("Tuition and fee payments")
                        .col("payment_id", sequence(), "Unique payment identifier")
                        .col("student_id", fk("students", Skew.power(1.1)), "Student")
                        .col("semester", STRING, derived(semesterOf("payment_date")), "Term paid for")
                        .col("amount", money, amount(4_500, 0.6, 100, 40_000), "Amount")
                        .col("payment_date", dates(TERM), "Date")
                        .col("method", weighted("FINANCIAL_AID", 35, "ACH", 25, "CARD", 20, "PAYMENT_PLAN", 15, "CHECK", 5), "Method")
                        .col("status", weighted("POSTED", 92, "PENDING", 4, "REFUNDED", 3, "FAILED", 1), "Status"))

                .table(Table.dimension("students", 1_000_000)
                        .comment("Students (PII)")
                        .col("student_id", sequence(), "Unique student identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("date_of_birth", dates(LocalDate.of(1985, 1, 1), LocalDate.of(2007, 12, 31)), "Date of birth (PII)")
                        .col("major", pool(DEPARTMENTS, "name", "major"), "Major")
                        .col("enrollment_year", ints(2015, 2024), "Entering year")
                        .col("status", weighted("ENROLLED", 70, "GRADUATED", 15, "WITHDRAWN", 7, "PROBATION", 5, "LEAVE", 3), "Status")
                        .col("gpa", SqlType.decimal(3, 2), decimals(1.2, 4, 2, Skew.normal(3.15, 0.45)), "Cumulative GPA")
                        .col("financial_aid", bool(0.62), "Receives aid"))

                .table(Table.dimension("courses", 1_000_000)
                        .comment("Course catalog")
                        .col("course_id", sequence(), "Unique course identifier")
                        .col("code", template("{} {}", pool(DEPARTMENTS, "prefix", "dept"), ints(100, 699)), "Course code")
                        .col("title", template("{} {}", pool(TOPICS, "topic"), weighted("I", 40, "II", 25, "Seminar", 15, "Lab", 10, "Topics", 10)), "Title")
                        .col("department", pool(DEPARTMENTS, "name", "dept"), "Department")
                        .col("credits", weighted(3, 70, 4, 20, 1, 5, 2, 5), "Credit hours")
                        .col("level", STRING, derived("CASE WHEN CAST(substr(code, length(code) - 2, 3) AS INT) < 200 THEN 'INTRO' "
                                + "WHEN CAST(substr(code, length(code) - 2, 3) AS INT) < 400 THEN 'INTERMEDIATE' "
                                + "WHEN CAST(substr(code, length(code) - 2, 3) AS INT) < 500 THEN 'ADVANCED' ELSE 'GRADUATE' END"), "Level from the course number")
                        .col("capacity", ints(12, 400, Skew.logNormal(45, 0.6)), "Seats")
                        .col("instructor_id", fk("instructors", Skew.power(1.2)), "Instructor of record")
                        .col("is_online", bool(0.28), "Taught online")
                        .col("prerequisite_id", fk("courses").orNull(0.6), "Prerequisite course, NULL when none"))

                .table(Table.dimension("instructors", 500_000)
                        .comment("Faculty (PII)")
                        .col("instructor_id", sequence(), "Unique instructor identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("email", person(PersonField.EMAIL), "E-mail (PII)")
                        .col("department", pool(DEPARTMENTS, "name", "dept"), "Department")
                        .col("title", weighted("LECTURER", 25, "ASSISTANT_PROFESSOR", 22, "ASSOCIATE_PROFESSOR", 20, "PROFESSOR", 18, "ADJUNCT", 15), "Rank")
                        .col("tenure", BOOLEAN, derived("title IN ('PROFESSOR', 'ASSOCIATE_PROFESSOR')"), "Tenured")
                        .col("hire_date", dates(LocalDate.of(1985, 1, 1), LocalDate.of(2024, 8, 1)), "Hire date")
                        .col("research_area", pool(TOPICS, "topic"), "Research area")
                        .col("rating", SqlType.decimal(2, 1), decimals(1, 5, 1, Skew.normal(4.0, 0.5)), "Teaching rating"))

                .table(Table.dimension("departments", 100_000)
                        .comment("Academic departments")
                        .col("dept_id", sequence(), "Unique department identifier")
                        .col("name", pool(DEPARTMENTS, "name", "dept"), "Department")
                        .col("college", pool(DEPARTMENTS, "college", "dept"), "College")
                        .col("head_id", fk("instructors"), "Department head")
                        .col("budget", money, amount(2_500_000, 0.7, 100_000, 60_000_000), "Annual budget")
                        .col("faculty_count", ints(5, 180, Skew.logNormal(35, 0.6)), "Faculty")
                        .col("student_count", ints(50, 6_000, Skew.logNormal(700, 0.7)), "Majors")
                        .col("established_year", ints(1850, 2015), "Founded"))

                .table(Table.dimension("facilities_edu", 300_000)
                        .comment("Rooms and venues")
                        .col("facility_id", sequence(), "Unique facility identifier")
                        .col("name", template("{} {}", pool(BUILDINGS, "name", "bldg"), ints(100, 499)), "Room")
                        .col("building", pool(BUILDINGS, "name", "bldg"), "Building")
                        .col("facility_type", weighted("CLASSROOM", 45, "LAB", 15, "OFFICE", 15, "LECTURE_HALL", 8, "STUDIO", 6, "LIBRARY", 6, "GYM", 5), "Type")
                        .col("capacity", ints(4, 800, Skew.logNormal(40, 0.8)), "Seats")
                        .col("has_av", bool(0.8), "Audio-visual equipped")
                        .col("is_accessible", bool(0.92), "Wheelchair accessible")
                        .col("floor_num", ints(1, 8, Skew.power(1.8)), "Floor"))

                .table(Table.lookup("financial_aid", 500_000).date("disbursement_date")
                        .comment("Financial aid awards")
                        .col("aid_id", sequence(), "Unique aid award identifier")
                        .col("student_id", fk("students", Skew.power(1.1)), "Student")
                        .col("aid_type", weighted("SUBSIDIZED_LOAN", 22, "UNSUBSIDIZED_LOAN", 20, "PELL_GRANT", 18, "SCHOLARSHIP", 18, "INSTITUTIONAL_GRANT", 14,
                                "WORK_STUDY", 8), "Type")
                        .col("amount", money, amount(3_800, 0.6, 200, 30_000), "Amount")
                        .col("academic_year", STRING, derived("CASE WHEN month(disbursement_date) >= 8 THEN CAST(year(disbursement_date) AS STRING) || '-' "
                                + "|| CAST(year(disbursement_date) + 1 AS STRING) ELSE CAST(year(disbursement_date) - 1 AS STRING) || '-' "
                                + "|| CAST(year(disbursement_date) AS STRING) END"), "Academic year, e.g. 2023-2024")
                        .col("status", weighted("DISBURSED", 70, "AWARDED", 15, "PENDING", 10, "CANCELLED", 5), "Status")
                        .col("disbursement_date", dates(TERM), "Disbursed")
                        .col("gpa_requirement", SqlType.decimal(3, 2), weighted(0.0, 40, 2.0, 25, 2.5, 15, 3.0, 15, 3.5, 5), "Minimum GPA to keep the award"))

                .table(Table.lookup("research_grants", 200_000).date("start_date")
                        .comment("Sponsored research")
                        .col("grant_id", sequence(), "Unique grant identifier")
                        .col("pi_id", fk("instructors", Skew.power(1.5)), "Principal investigator")
                        .col("title", template("Advances in {}", pool(TOPICS, "topic")), "Title")
                        .col("funding_agency", weighted("NSF", 30, "NIH", 28, "DOE", 10, "DOD", 8, "NASA", 5, "Private foundation", 12, "Industry", 7), "Sponsor")
                        .col("amount", money, amount(250_000, 1.0, 5_000, 20_000_000), "Award")
                        .col("start_date", dates(), "Start")
                        .col("end_date", DATE, derived("{{add_days(start_date, $0)}}", ints(365, 1_825)), "End")
                        .col("status", weighted("ACTIVE", 45, "COMPLETED", 35, "PENDING", 12, "REJECTED", 8), "Status")
                        .col("department", pool(DEPARTMENTS, "name", "dept"), "Department"))

                .table(Table.lookup("library_checkouts", 200_000).date("checkout_date")
                        .comment("Library loans")
                        .col("checkout_id", sequence(), "Unique checkout identifier")
                        .col("student_id", fk("students", Skew.power(1.3)), "Borrower")
                        .col("item_id", code("LIB-99999999", ints(0, 99_999_999)), "Item")
                        .col("item_type", weighted("BOOK", 55, "EBOOK", 15, "LAPTOP", 10, "JOURNAL", 8, "EQUIPMENT", 7, "DVD", 5), "Item type")
                        .col("checkout_date", dates(TERM), "Checked out")
                        .col("due_date", DATE, derived("{{add_days(checkout_date, CASE WHEN item_type IN ('LAPTOP', 'EQUIPMENT') THEN 7 ELSE 21 END)}}"), "Due")
                        .col("return_date", DATE, derived("CASE WHEN status = 'RETURNED' THEN {{add_days(checkout_date, $0)}} END", ints(1, 30)), "Returned")
                        .col("renewals", ints(0, 3, Skew.power(3.0)), "Renewals")
                        .col("status", weighted("RETURNED", 80, "CHECKED_OUT", 12, "OVERDUE", 6, "LOST", 2), "Status"))

                .table(Table.lookup("alumni", 200_000)
                        .comment("Graduates")
                        .col("alumni_id", sequence(), "Unique alumni identifier")
                        .col("student_id", fk("students"), "Former student")
                        .col("graduation_year", ints(1990, 2024), "Graduated")
                        .col("degree", weighted("BA", 30, "BS", 35, "MA", 8, "MS", 12, "MBA", 8, "PHD", 5, "MD", 2), "Degree")
                        .col("major", pool(DEPARTMENTS, "name", "major"), "Major")
                        .col("employer", pool(EMPLOYERS, "name"), "Employer")
                        .col("job_title", weighted("Analyst", 20, "Engineer", 20, "Teacher", 10, "Nurse", 8, "Manager", 15, "Consultant", 10, "Researcher", 7,
                                "Designer", 10), "Job title")
                        .col("salary_range", weighted("UNDER_50K", 20, "50K_75K", 30, "75K_100K", 25, "100K_150K", 17, "OVER_150K", 8), "Salary band")
                        .col("donated", bool(0.28), "Has donated")
                        .col("donation_total", money, derived("CASE WHEN donated THEN $0 ELSE 0 END", decimals(10, 500_000, 2, Skew.logNormal(400, 1.4))),
                                "Lifetime giving"))

                .table(Table.lookup("campus_events", 100_000).date("event_date")
                        .comment("Campus events")
                        .col("event_id", sequence(), "Unique event identifier")
                        .col("title", template("{}: {}", weighted("Lecture", 25, "Workshop", 20, "Panel", 15, "Showcase", 15, "Meetup", 25), pool(TOPICS, "topic")),
                                "Title")
                        .col("event_type", weighted("LECTURE", 20, "WORKSHOP", 20, "CLUB_MEETING", 20, "SPORTS", 10, "CAREER_FAIR", 8, "CONCERT", 12,
                                "ORIENTATION", 10), "Type")
                        .col("organizer", pool(DEPARTMENTS, "name", "dept"), "Organizer")
                        .col("venue_id", fk("facilities_edu"), "Venue")
                        .col("event_date", dates(TERM), "Date")
                        .col("attendees", ints(5, 5_000, Skew.logNormal(80, 1.0)), "Attendance")
                        .col("budget", money, amount(800, 1.0, 0, 250_000), "Budget")
                        .col("status", weighted("HELD", 80, "SCHEDULED", 12, "CANCELLED", 8), "Status"))

                .table(Table.lookup("dining_transactions", 300_000).date("txn_date")
                        .comment("Campus dining purchases")
                        .col("txn_id", sequence(), "Unique dining transaction identifier")
                        .col("student_id", fk("students", Skew.power(1.2)), "Student")
                        .col("location", weighted("Main Dining Hall", 40, "Student Union Cafe", 25, "North Commons", 15, "Coffee Kiosk", 12, "Food Truck Plaza", 8),
                                "Location")
                        .col("amount", money, amount(9.5, 0.5, 1, 60), "Amount")
                        .col("txn_date", dates(CLASS_DAYS), "Date")
                        .col("meal_type", weighted("LUNCH", 35, "DINNER", 30, "BREAKFAST", 15, "SNACK", 20), "Meal")
                        .col("payment_type", weighted("MEAL_PLAN", 55, "DINING_DOLLARS", 25, "CARD", 17, "CASH", 3), "Paid with"))

                .table(Table.lookup("housing", 200_000)
                        .comment("Residence hall assignments")
                        .col("assignment_id", sequence(), "Unique housing assignment identifier")
                        .col("student_id", fk("students"), "Resident")
                        .col("building", pool(RESIDENCES, "name"), "Residence hall")
                        .col("room_number", template("{}{}", ints(1, 9), code("99", ints(1, 60))), "Room")
                        .col("room_type", weighted("DOUBLE", 45, "SINGLE", 20, "TRIPLE", 10, "SUITE", 15, "APARTMENT", 10), "Room type")
                        .col("semester", template("{} {}", oneOf("Fall", "Spring"), ints(2020, 2024)), "Term")
                        .col("monthly_rate", money, derived("CASE room_type WHEN 'SINGLE' THEN 1150 WHEN 'SUITE' THEN 1250 WHEN 'APARTMENT' THEN 1400 "
                                + "WHEN 'TRIPLE' THEN 780 ELSE 920 END"), "Monthly rate")
                        .col("status", weighted("ASSIGNED", 80, "CHECKED_OUT", 12, "WAITLISTED", 5, "CANCELLED", 3), "Status"))

                .table(Table.lookup("parking_permits", 100_000).date("start_date")
                        .comment("Parking permits")
                        .col("permit_id", sequence(), "Unique permit identifier")
                        .col("holder_id", ints(1, 1_000_000), "Student or employee id")
                        .col("holder_type", weighted("STUDENT", 70, "FACULTY", 15, "STAFF", 12, "VISITOR", 3), "Holder")
                        .col("lot", weighted("Lot A", 20, "Lot B", 18, "Lot C", 15, "North Garage", 17, "South Garage", 15, "Stadium Lot", 15), "Lot")
                        .col("vehicle_plate", code("AAA-9999", ints(0, 175_000_000)), "License plate")
                        .col("start_date", dates(TERM), "Valid from")
                        .col("end_date", DATE, derived("{{add_days(start_date, CASE WHEN holder_type = 'VISITOR' THEN 1 WHEN holder_type = 'STUDENT' THEN 120 ELSE 365 END)}}"),
                                "Valid to")
                        .col("cost", money, derived("CASE holder_type WHEN 'VISITOR' THEN 10 WHEN 'STUDENT' THEN 240 ELSE 480 END"), "Price")
                        .col("status", weighted("ACTIVE", 60, "EXPIRED", 35, "REVOKED", 5), "Status"))

                .table(Table.lookup("athletics", 100_000).date("event_date")
                        .comment("Varsity games")
                        .col("event_id", sequence(), "Unique game identifier")
                        .col("sport", weighted("FOOTBALL", 10, "BASKETBALL", 20, "SOCCER", 20, "BASEBALL", 15, "VOLLEYBALL", 15, "HOCKEY", 10, "LACROSSE", 10), "Sport")
                        .col("event_date", dates(TERM), "Date")
                        .col("opponent", template("{} {}", place(PlaceField.CITY), weighted("University", 50, "College", 30, "State", 20)), "Opponent")
                        .col("home_score", INT, derived("CASE sport WHEN 'FOOTBALL' THEN 3 * ($0 % 12) + $0 % 4 WHEN 'BASKETBALL' THEN 55 + $0 % 40 "
                                + "WHEN 'BASEBALL' THEN $0 % 11 WHEN 'VOLLEYBALL' THEN $0 % 4 ELSE $0 % 6 END", ints(0, 999_999)), "Home score")
                        .col("away_score", INT, derived("CASE sport WHEN 'FOOTBALL' THEN 3 * ($0 % 11) + $0 % 4 WHEN 'BASKETBALL' THEN 52 + $0 % 40 "
                                + "WHEN 'BASEBALL' THEN $0 % 10 WHEN 'VOLLEYBALL' THEN $0 % 4 ELSE $0 % 5 END", ints(0, 999_999)), "Visitor score")
                        .col("attendance", ints(50, 90_000, Skew.logNormal(2_500, 1.1)), "Attendance")
                        .col("venue", weighted("Memorial Stadium", 20, "Field House", 30, "Aquatic Center", 10, "Ice Arena", 10, "Soccer Complex", 30), "Venue")
                        .col("season", STRING, derived("CASE WHEN month(event_date) >= 8 THEN CAST(year(event_date) AS STRING) || '-' || CAST(year(event_date) + 1 AS STRING) "
                                + "ELSE CAST(year(event_date) - 1 AS STRING) || '-' || CAST(year(event_date) AS STRING) END"), "Season")
                        .col("result", STRING, derived("CASE WHEN home_score > away_score THEN 'WIN' WHEN home_score < away_score THEN 'LOSS' ELSE 'TIE' END"),
                                "Home team result"))

                .table(Table.lookup("it_helpdesk", 100_000).date("created_date")
                        .comment("IT support tickets")
                        .col("ticket_id", sequence(), "Unique ticket identifier")
                        .col("requester_id", ints(1, 1_000_000), "Requester")
                        .col("requester_type", weighted("STUDENT", 65, "FACULTY", 15, "STAFF", 20), "Requester type")
                        .col("category", weighted("PASSWORD_RESET", 25, "WIFI", 20, "LMS", 15, "EMAIL", 10, "SOFTWARE", 12, "HARDWARE", 10, "ACCOUNT_ACCESS", 8),
                                "Category")
                        .col("priority", weighted("LOW", 45, "MEDIUM", 35, "HIGH", 15, "URGENT", 5), "Priority")
                        .col("created_date", dates(CLASS_DAYS), "Opened")
                        .col("resolved_date", DATE, derived("CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN {{add_days(created_date, $0)}} END",
                                ints(0, 10, Skew.power(2.5))), "Resolved")
                        .col("status", weighted("RESOLVED", 65, "CLOSED", 15, "OPEN", 12, "PENDING_USER", 8), "Status")
                        .col("satisfaction", INT, derived("CASE WHEN status IN ('RESOLVED', 'CLOSED') THEN $0 END", weighted(5, 40, 4, 30, 3, 15, 2, 7, 1, 8)),
                                "Satisfaction 1-5"))

                .views(EducationViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.EDUCATION)
                .star(StarSchemas.EDUCATION)
                .checks(BusinessRules.EDUCATION_CHECKS)
                .changes(BusinessRules.EDUCATION_CHANGES)
                .build();
    }

    private static List<Udf> udfs() {
        return List.of(
                Udf.named("gpa_to_letter").business().param("gpa", DOUBLE).returns(STRING)
                        .body("CASE WHEN gpa >= 3.85 THEN 'A' WHEN gpa >= 3.5 THEN 'A-' WHEN gpa >= 3.15 THEN 'B+' WHEN gpa >= 2.85 THEN 'B' WHEN gpa >= 2.5 THEN 'B-' "
                                + "WHEN gpa >= 2.15 THEN 'C+' WHEN gpa >= 1.85 THEN 'C' WHEN gpa >= 1 THEN 'D' ELSE 'F' END")
                        .comment("Letter grade of a GPA")
                        .example("3.3", "'B+'"),
                Udf.named("academic_standing").business().param("gpa", DOUBLE).returns(STRING)
                        .body("CASE WHEN gpa >= 3.5 THEN 'DEANS_LIST' WHEN gpa >= 2.0 THEN 'GOOD_STANDING' WHEN gpa >= 1.5 THEN 'PROBATION' ELSE 'SUSPENSION' END")
                        .comment("Academic standing of a GPA")
                        .example("3.6", "'DEANS_LIST'").example("1.7", "'PROBATION'"),
                Udf.named("credit_hours_status").business().param("credits", INT).returns(STRING)
                        .body("CASE WHEN credits >= 12 THEN 'FULL_TIME' WHEN credits >= 6 THEN 'HALF_TIME' ELSE 'LESS_THAN_HALF_TIME' END")
                        .comment("Enrollment intensity of a term's credits")
                        .example("15", "'FULL_TIME'"),
                Udf.named("mask_student_email").masking().param("email", STRING).returns(STRING)
                        .body("{{regex_replace(email, '^(.)[^@]*@', '$1***@')}}")
                        .comment("E-mail with the local part hidden after its first letter")
                        .example("'alex.kim@example.edu'", "'a***@example.edu'"),
                Udf.named("semester_label").formatting().param("d", DATE).returns(STRING)
                        .body(semesterOf("d"))
                        .comment("Academic term of a date")
                        .example("DATE '2024-09-15'", "'Fall 2024'").example("DATE '2024-02-01'", "'Spring 2024'"),
                Udf.named("is_stem").validation().param("major", STRING).returns(BOOLEAN)
                        .body("major IN ('Computer Science', 'Biology', 'Mechanical Engineering', 'Nursing', 'Mathematics', 'Chemistry', 'Electrical Engineering')")
                        .comment("Science, technology, engineering or mathematics major")
                        .example("'Mathematics'", "true").example("'History'", "false"),
                Udf.named("aid_per_semester").business().param("annual_amount", DOUBLE).returns(DOUBLE)
                        .body("round(annual_amount / 2, 2)")
                        .comment("An annual award split over two semesters")
                        .example("5000", "2500.0"),
                Udf.named("course_level").business().param("course_code", STRING).returns(STRING)
                        .body("CASE WHEN CAST(right(course_code, 3) AS INT) < 200 THEN 'INTRO' WHEN CAST(right(course_code, 3) AS INT) < 400 THEN 'INTERMEDIATE' "
                                + "WHEN CAST(right(course_code, 3) AS INT) < 500 THEN 'ADVANCED' ELSE 'GRADUATE' END")
                        .comment("Level from a course number")
                        .example("'CS 101'", "'INTRO'").example("'MATH 520'", "'GRADUATE'"),
                Udf.named("graduation_eligible").validation().param("credits_earned", INT).param("gpa", DOUBLE).returns(BOOLEAN)
                        .body("credits_earned >= 120 AND gpa >= 2.0")
                        .comment("Meets the credit and GPA requirements")
                        .example("124, 3.1", "true").example("110, 3.9", "false"),
                Udf.named("format_grade").formatting().param("grade", STRING).param("credits", INT).returns(STRING)
                        .body("grade || ' (' || CAST(credits AS STRING) || ' cr)'")
                        .comment("Grade with credit hours")
                        .example("'A-', 3", "'A- (3 cr)'"),
                Udf.named("research_status").business().param("end_date", DATE).returns(STRING)
                        .body("CASE WHEN end_date < current_date THEN 'ENDED' WHEN end_date < {{add_days(current_date, 180)}} THEN 'ENDING_SOON' ELSE 'ACTIVE' END")
                        .comment("Grant state by its end date")
                        .example("{{add_days(current_date, 30)}}", "'ENDING_SOON'"),
                Udf.named("housing_cost_semester").business().param("monthly_rate", DOUBLE).returns(DOUBLE)
                        .body("round(monthly_rate * 4.5, 2)")
                        .comment("Rent for a four-and-a-half-month semester")
                        .example("1000", "4500.0"),
                Udf.named("meal_plan_remaining").business().param("plan_amount", DOUBLE).param("spent", DOUBLE).returns(DOUBLE)
                        .body("greatest(round(plan_amount - spent, 2), 0)")
                        .comment("Meal plan balance, never negative")
                        .example("2000, 1250.5", "749.5"),
                Udf.named("anonymize_student").masking().param("student_id", BIGINT).returns(STRING)
                        .body("'STU-' || substr({{sha256(student_id)}}, 1, 8)")
                        .comment("A stable pseudonym for a student id")
                        .example("1", "'STU-6b86b273'"),
                Udf.named("instructor_title_rank").business().param("title", STRING).returns(INT)
                        .body("CASE title WHEN 'PROFESSOR' THEN 1 WHEN 'ASSOCIATE_PROFESSOR' THEN 2 WHEN 'ASSISTANT_PROFESSOR' THEN 3 WHEN 'LECTURER' THEN 4 ELSE 5 END")
                        .comment("Seniority of an academic rank (1 highest)")
                        .example("'ASSOCIATE_PROFESSOR'", "2"),
                Udf.named("is_overdue").validation().param("due_date", DATE).param("return_date", DATE).returns(BOOLEAN)
                        .body("coalesce(return_date, current_date) > due_date")
                        .comment("Returned after the due date, or still out past it")
                        .example("DATE '2024-01-10', DATE '2024-01-12'", "true").example("DATE '2024-01-10', DATE '2024-01-09'", "false"),
                Udf.named("event_size").business().param("attendees", INT).returns(STRING)
                        .body("CASE WHEN attendees >= 1000 THEN 'LARGE' WHEN attendees >= 100 THEN 'MEDIUM' ELSE 'SMALL' END")
                        .comment("Size class of an event")
                        .example("250", "'MEDIUM'"),
                Udf.named("ticket_sla").business().param("priority", STRING).param("days_open", INT).returns(STRING)
                        .body("CASE WHEN days_open > CASE priority WHEN 'URGENT' THEN 0 WHEN 'HIGH' THEN 1 WHEN 'MEDIUM' THEN 3 ELSE 5 END THEN 'BREACHED' ELSE 'OK' END")
                        .comment("Whether a help-desk ticket passed its SLA")
                        .example("'HIGH', 2", "'BREACHED'"),
                Udf.named("donation_tier").business().param("total", DOUBLE).returns(STRING)
                        .body("CASE WHEN total >= 100000 THEN 'BENEFACTOR' WHEN total >= 10000 THEN 'PATRON' WHEN total >= 1000 THEN 'SUPPORTER' "
                                + "WHEN total > 0 THEN 'FRIEND' ELSE 'NONE' END")
                        .comment("Giving society of a donor")
                        .example("2500", "'SUPPORTER'"),
                Udf.named("class_year").business().param("enrollment_year", INT).returns(STRING)
                        .body("CASE year(current_date) - enrollment_year WHEN 0 THEN 'FRESHMAN' WHEN 1 THEN 'SOPHOMORE' WHEN 2 THEN 'JUNIOR' WHEN 3 THEN 'SENIOR' "
                                + "ELSE 'FIFTH_YEAR_PLUS' END")
                        .comment("Class standing from the entering year")
                        .example("year(current_date)", "'FRESHMAN'").example("year(current_date) - 6", "'FIFTH_YEAR_PLUS'"));
    }
}
