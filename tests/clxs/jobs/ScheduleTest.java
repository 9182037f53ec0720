package clxs.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    @Test
    void sixAndSevenFieldExpressionsAreAccepted() {
        Schedule six = Schedule.of("0 0/5 * * * ?", null);
        assertEquals("0 0/5 * * * ?", six.quartzCron());
        assertEquals("UTC", six.timeZone());
        Schedule seven = Schedule.of("  0  15 10 ? * MON-FRI   2030-2099 ", "UTC");
        assertEquals("0 15 10 ? * MON-FRI 2030-2099", seven.quartzCron(), "whitespace normalised");
        assertEquals(List.of(Instant.parse("2030-01-01T10:15:00Z"), Instant.parse("2030-01-02T10:15:00Z")),
                seven.nextRuns(Instant.parse("2029-06-01T00:00:00Z"), 2));
    }

    @Test
    void presetsNameTheSeedsQuickSchedules() {
        assertEquals(List.of("every-5-min", "hourly", "weekdays-9am"), List.copyOf(Schedule.presetNames()));
        assertEquals("0 0/5 * * * ?", Schedule.of("every-5-min", null).quartzCron());
        assertEquals("0 0 * * * ?", Schedule.of("hourly", null).quartzCron());
        Schedule nine = Schedule.of("weekdays-9am", "Europe/Paris");
        assertEquals("0 0 9 ? * MON-FRI", nine.quartzCron());
        // Saturday 28 Feb 2026: the next run is Monday 2 March, 09:00 in Paris = 08:00 UTC; the one after, Tuesday
        assertEquals(List.of(Instant.parse("2026-03-02T08:00:00Z"), Instant.parse("2026-03-03T08:00:00Z")),
                nine.nextRuns(Instant.parse("2026-02-28T12:00:00Z"), 2));
        assertEquals(Schedule.of("every-5-min", "UTC"), Schedule.EVERY_5_MINUTES);
    }

    @Test
    void badSyntaxIsRefusedNamingTheCron() {
        for (String bad : List.of("0 0/5 * * *", "every five minutes", "0 61 * * * ?", "0 0 12 * * MON", "0 0 25 * * ?", "")) {
            InvalidScheduleException e = assertThrows(InvalidScheduleException.class, () -> Schedule.of(bad, null), bad);
            assertEquals("cron", e.setting(), bad);
        }
        InvalidScheduleException five = assertThrows(InvalidScheduleException.class, () -> Schedule.of("0 0/5 * * *", null));
        assertTrue(five.getMessage().contains("has 5 fields") && five.getMessage().contains("every-5-min"), five.getMessage());
        // Quartz needs '?' in one of the two day fields: MON with '*' for day-of-month is not a Quartz cron
        InvalidScheduleException days = assertThrows(InvalidScheduleException.class, () -> Schedule.of("0 0 12 * * MON", null));
        assertTrue(days.getMessage().contains("not a valid Quartz cron expression"), days.getMessage());
    }

    @Test
    void runsLessThanTenSecondsApartAreRefused() {
        InvalidScheduleException every5s = assertThrows(InvalidScheduleException.class, () -> Schedule.of("0/5 * * * * ?", null));
        assertTrue(every5s.getMessage().contains("runs 5 s apart") && every5s.getMessage().contains("at least 10 s"), every5s.getMessage());
        // two runs once a day, five seconds apart: found by walking the next fire times
        InvalidScheduleException pair = assertThrows(InvalidScheduleException.class, () -> Schedule.of("0,5 0 0 * * ?", null));
        assertEquals("cron", pair.setting());
        // across a minute boundary: :55 and the next minute's :00
        assertThrows(InvalidScheduleException.class, () -> Schedule.of("0,55 * * * * ?", null));
        // exactly ten seconds is allowed
        assertEquals("0/10 * * * * ?", Schedule.of("0/10 * * * * ?", null).quartzCron());
        assertEquals("0,30 * * * * ?", Schedule.of("0,30 * * * * ?", null).quartzCron());
    }

    @Test
    void aScheduleThatNeverFiresAgainIsRefused() {
        InvalidScheduleException e = assertThrows(InvalidScheduleException.class, () -> Schedule.of("0 0 0 1 1 ? 2020", null));
        assertTrue(e.getMessage().contains("never fires"), e.getMessage());
    }

    @Test
    void timeZonesAreJavaRegionIds() {
        assertEquals("America/New_York", Schedule.of("hourly", "America/New_York").timeZone());
        assertEquals("UTC", Schedule.of("hourly", " ").timeZone(), "blank means UTC");
        for (String bad : List.of("Mars/Olympus_Mons", "+02:00", "CEST")) {
            InvalidScheduleException e = assertThrows(InvalidScheduleException.class, () -> Schedule.of("hourly", bad), bad);
            assertEquals("time_zone", e.setting());
            assertTrue(e.getMessage().contains(bad), e.getMessage());
        }
        assertThrows(InvalidScheduleException.class, () -> Schedule.of("hourly", "utc"), "ids are case-sensitive, as Databricks reads them");
    }
}
