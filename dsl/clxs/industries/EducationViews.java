package clxs.industries;

import clxs.model.View;
import java.util.List;

/** The twenty education views, in portable SQL. */
final class EducationViews {

    private EducationViews() {}

    static final List<View> ALL = List.of(
            View.of("v_student_gpa", "Term GPA per student, weighted by credits", """
                    SELECT e.student_id, s.first_name, s.last_name, s.major, e.semester,
                           sum(e.credits) AS credits,
                           round(sum(e.gpa * e.credits) / nullif(sum(CASE WHEN e.gpa IS NOT NULL THEN e.credits END), 0), 2) AS term_gpa
                    FROM {{enrollments}} e
                    JOIN {{students}} s ON s.student_id = e.student_id
                    WHERE e.status = 'COMPLETED'
                    GROUP BY e.student_id, s.first_name, s.last_name, s.major, e.semester
                    """),
            View.of("v_course_enrollment", "Enrollment against capacity per course and term", """
                    SELECT c.course_id, c.code, c.title, e.semester, c.capacity,
                           count(*) AS enrolled,
                           round(100.0 * count(*) / c.capacity, 1) AS fill_pct
                    FROM {{courses}} c
                    JOIN {{enrollments}} e ON e.course_id = c.course_id
                    GROUP BY c.course_id, c.code, c.title, e.semester, c.capacity
                    """),
            View.of("v_department_summary", "Courses, instructors and enrollments per department", """
                    SELECT c.department,
                           count(DISTINCT c.course_id) AS courses,
                           count(DISTINCT c.instructor_id) AS instructors,
                           count(e.enrollment_id) AS enrollments,
                           round(avg(e.gpa), 2) AS avg_grade_points
                    FROM {{courses}} c
                    JOIN {{enrollments}} e ON e.course_id = c.course_id
                    GROUP BY c.department
                    """),
            View.of("v_instructor_ratings", "Instructors ranked by rating within their department", """
                    SELECT instructor_id, first_name, last_name, department, title, rating,
                           rank() OVER (PARTITION BY department ORDER BY rating DESC) AS rank_in_department
                    FROM {{instructors}}
                    """),
            View.of("v_financial_aid_summary", "Aid awarded per academic year and type", """
                    SELECT academic_year, aid_type,
                           count(*) AS awards,
                           count(DISTINCT student_id) AS students,
                           round(sum(amount), 2) AS total_amount
                    FROM {{financial_aid}}
                    WHERE status IN ('DISBURSED', 'AWARDED')
                    GROUP BY academic_year, aid_type
                    """),
            View.of("v_research_funding", "Research funding per department and status", """
                    SELECT department, status,
                           count(*) AS grants,
                           round(sum(amount), 2) AS funding,
                           round(avg({{days_between(start_date, end_date)}}) / 365.0, 1) AS avg_years
                    FROM {{research_grants}}
                    GROUP BY department, status
                    """),
            View.of("v_retention_rate", "Share of each entering class still enrolled or graduated", """
                    SELECT enrollment_year,
                           count(*) AS students,
                           round(100.0 * sum(CASE WHEN status IN ('ENROLLED', 'GRADUATED', 'PROBATION', 'LEAVE') THEN 1 ELSE 0 END) / count(*), 2) AS retention_pct
                    FROM {{students}}
                    GROUP BY enrollment_year
                    """),
            View.of("v_learning_engagement", "Platform activity per course and event type", """
                    SELECT course_id, event_type,
                           count(*) AS events,
                           count(DISTINCT student_id) AS students,
                           round(sum(duration_seconds) / 3600.0, 1) AS hours,
                           round(avg(completion_pct), 1) AS avg_completion_pct
                    FROM {{learning_events}}
                    GROUP BY course_id, event_type
                    """),
            View.of("v_assessment_results", "Score distribution per assessment type", """
                    SELECT assessment_type,
                           count(*) AS assessments,
                           round(avg(score * 100.0 / max_score), 1) AS avg_pct,
                           round({{percentile(score * 100.0 / max_score, 0.5)}}, 1) AS median_pct,
                           round(100.0 * sum(CASE WHEN score * 100.0 / max_score < 60 THEN 1 ELSE 0 END) / count(*), 2) AS failing_pct
                    FROM {{assessments}}
                    GROUP BY assessment_type
                    """),
            View.of("v_alumni_outcomes", "Alumni employment and giving per degree and major", """
                    SELECT degree, major,
                           count(*) AS alumni,
                           round(100.0 * sum(CASE WHEN donated THEN 1 ELSE 0 END) / count(*), 2) AS donor_pct,
                           round(sum(donation_total), 2) AS giving
                    FROM {{alumni}}
                    GROUP BY degree, major
                    """),
            View.of("v_library_usage", "Loans, overdue rate and renewals per item type", """
                    SELECT item_type,
                           count(*) AS checkouts,
                           round(100.0 * sum(CASE WHEN status IN ('OVERDUE', 'LOST') THEN 1 ELSE 0 END) / count(*), 2) AS overdue_pct,
                           round(avg(renewals), 2) AS avg_renewals
                    FROM {{library_checkouts}}
                    GROUP BY item_type
                    """),
            View.of("v_housing_occupancy", "Residents and rent per hall and room type", """
                    SELECT building, room_type,
                           count(*) AS assignments,
                           sum(CASE WHEN status = 'ASSIGNED' THEN 1 ELSE 0 END) AS current_residents,
                           round(avg(monthly_rate), 2) AS avg_monthly_rate
                    FROM {{housing}}
                    GROUP BY building, room_type
                    """),
            View.of("v_dining_revenue", "Dining revenue per location and meal", """
                    SELECT location, meal_type,
                           count(*) AS transactions,
                           round(sum(amount), 2) AS revenue,
                           round(avg(amount), 2) AS avg_ticket
                    FROM {{dining_transactions}}
                    GROUP BY location, meal_type
                    """),
            View.of("v_athletic_record", "Wins, losses and attendance per sport and season", """
                    SELECT sport, season,
                           sum(CASE WHEN result = 'WIN' THEN 1 ELSE 0 END) AS wins,
                           sum(CASE WHEN result = 'LOSS' THEN 1 ELSE 0 END) AS losses,
                           sum(CASE WHEN result = 'TIE' THEN 1 ELSE 0 END) AS ties,
                           round(avg(attendance), 0) AS avg_attendance
                    FROM {{athletics}}
                    GROUP BY sport, season
                    """),
            View.of("v_it_support_metrics", "Help-desk volume, resolution time and satisfaction per category", """
                    SELECT category, priority,
                           count(*) AS tickets,
                           round(avg({{days_between(created_date, resolved_date)}}), 2) AS avg_days_to_resolve,
                           round(avg(satisfaction), 2) AS avg_satisfaction
                    FROM {{it_helpdesk}}
                    GROUP BY category, priority
                    """),
            View.of("v_campus_events_calendar", "Upcoming and past events with venue", """
                    SELECT ev.event_id, ev.title, ev.event_type, ev.event_date, ev.attendees, f.name AS venue, f.capacity,
                           CASE WHEN ev.attendees > f.capacity THEN true ELSE false END AS over_capacity
                    FROM {{campus_events}} ev
                    JOIN {{facilities_edu}} f ON f.facility_id = ev.venue_id
                    WHERE ev.status <> 'CANCELLED'
                    """),
            View.of("v_parking_utilization", "Permits sold and revenue per lot and holder type", """
                    SELECT lot, holder_type,
                           count(*) AS permits,
                           sum(CASE WHEN status = 'ACTIVE' THEN 1 ELSE 0 END) AS active,
                           round(sum(cost), 2) AS revenue
                    FROM {{parking_permits}}
                    GROUP BY lot, holder_type
                    """),
            View.of("v_major_popularity", "Students per major with share and rank", """
                    SELECT major,
                           count(*) AS students,
                           round(100.0 * count(*) / sum(count(*)) OVER (), 2) AS pct_of_students,
                           dense_rank() OVER (ORDER BY count(*) DESC) AS popularity_rank
                    FROM {{students}}
                    GROUP BY major
                    """),
            View.of("v_grant_by_agency", "Funding per sponsor and year", """
                    SELECT funding_agency, year(start_date) AS year,
                           count(*) AS grants,
                           round(sum(amount), 2) AS funding,
                           round(sum(sum(amount)) OVER (PARTITION BY funding_agency ORDER BY year(start_date)), 2) AS cumulative_funding
                    FROM {{research_grants}}
                    GROUP BY funding_agency, year(start_date)
                    """),
            View.of("v_facility_usage", "Events hosted per building and room type", """
                    SELECT f.building, f.facility_type,
                           count(DISTINCT f.facility_id) AS rooms,
                           count(ev.event_id) AS events,
                           sum(ev.attendees) AS attendees
                    FROM {{facilities_edu}} f
                    JOIN {{campus_events}} ev ON ev.venue_id = f.facility_id
                    GROUP BY f.building, f.facility_type
                    """));
}
