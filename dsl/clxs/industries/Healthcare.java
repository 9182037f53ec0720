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
import static clxs.model.Gen.normal;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Healthcare: claims, encounters and prescriptions over patients, providers and facilities,
 * with a flu-season winter peak on every event date. Table names, columns and row counts at scale
 * 1.0 follow the Clone-Xs reference, so demos built on either tool line up.
 */
public final class Healthcare {

    private Healthcare() {}

    static final Seasonality FLU_SEASON = Seasonality.WINTER_PEAK;

    // ------------------------------------------------------------------ reference data

    /** ICD-10 chapters by first letter: the diagnosis table and the icd_category function share them. */
    static final Map<String, String> ICD_CHAPTERS = new LinkedHashMap<>();
    static {
        ICD_CHAPTERS.put("A", "Infectious and parasitic diseases");
        ICD_CHAPTERS.put("B", "Infectious and parasitic diseases");
        ICD_CHAPTERS.put("C", "Neoplasms");
        ICD_CHAPTERS.put("D", "Blood and immune disorders");
        ICD_CHAPTERS.put("E", "Endocrine, nutritional and metabolic diseases");
        ICD_CHAPTERS.put("F", "Mental and behavioral disorders");
        ICD_CHAPTERS.put("G", "Diseases of the nervous system");
        ICD_CHAPTERS.put("H", "Diseases of the eye and ear");
        ICD_CHAPTERS.put("I", "Diseases of the circulatory system");
        ICD_CHAPTERS.put("J", "Diseases of the respiratory system");
        ICD_CHAPTERS.put("K", "Diseases of the digestive system");
        ICD_CHAPTERS.put("L", "Diseases of the skin");
        ICD_CHAPTERS.put("M", "Musculoskeletal and connective tissue diseases");
        ICD_CHAPTERS.put("N", "Diseases of the genitourinary system");
        ICD_CHAPTERS.put("O", "Pregnancy and childbirth");
        ICD_CHAPTERS.put("R", "Symptoms and abnormal findings");
        ICD_CHAPTERS.put("S", "Injury and poisoning");
        ICD_CHAPTERS.put("T", "Injury and poisoning");
        ICD_CHAPTERS.put("Z", "Factors influencing health status");
    }

    /** Chapters of long-term conditions; the is_chronic column and function share them. */
    static final Set<String> CHRONIC_CHAPTERS = Set.of("C", "E", "F", "G", "I", "M", "N");

    private static Pool diagnoses() {
        String[][] rows = {
                {"I", "Essential (primary) hypertension"}, {"J", "Acute upper respiratory infection"},
                {"E", "Hyperlipidemia, unspecified"}, {"E", "Type 2 diabetes mellitus without complications"},
                {"Z", "Encounter for general adult medical examination"}, {"M", "Low back pain"},
                {"J", "Influenza with other respiratory manifestations"}, {"F", "Generalized anxiety disorder"},
                {"F", "Major depressive disorder, single episode"}, {"K", "Gastro-esophageal reflux disease"},
                {"R", "Chest pain, unspecified"}, {"E", "Hypothyroidism, unspecified"}, {"J", "Pneumonia, unspecified organism"},
                {"I", "Atrial fibrillation"}, {"M", "Osteoarthritis of knee"}, {"R", "Fever, unspecified"},
                {"Z", "Encounter for immunization"}, {"E", "Obesity, unspecified"}, {"G", "Migraine, unspecified"},
                {"N", "Chronic kidney disease, stage 3"}, {"I", "Heart failure, unspecified"}, {"L", "Cellulitis, unspecified"},
                {"G", "Obstructive sleep apnea"}, {"H", "Otitis media, unspecified"}, {"B", "Viral infection, unspecified"},
                {"D", "Iron deficiency anemia"}, {"S", "Sprain of ankle"}, {"I", "Atherosclerotic heart disease"},
                {"E", "Vitamin D deficiency"}, {"H", "Cataract, unspecified"}, {"C", "Malignant neoplasm of breast"},
                {"C", "Malignant neoplasm of prostate"}, {"M", "Rheumatoid arthritis"}, {"N", "Benign prostatic hyperplasia"},
                {"A", "Intestinal infection due to Escherichia coli"}, {"O", "Gestational diabetes mellitus"},
                {"S", "Fracture of lower end of radius"}, {"T", "Adverse effect of drug"}, {"K", "Acute appendicitis"},
                {"C", "Malignant neoplasm of bronchus or lung"}, {"G", "Epilepsy, unspecified"}, {"L", "Atopic dermatitis"},
        };
        Pool p = Pool.of("diagnosis", "letter", "description", "category", "chronic");
        for (String[] r : rows) p = p.row(r[0], r[1], ICD_CHAPTERS.get(r[0]), CHRONIC_CHAPTERS.contains(r[0]));
        return p.popularity(Skew.power(1.3));
    }

    static final Pool DIAGNOSES = diagnoses();

    static final Pool PROCEDURES = Pool.of("procedure", "description", "category", "minutes")
            .row("Office visit, established patient", "Evaluation and management", 20)
            .row("Office visit, new patient", "Evaluation and management", 35)
            .row("Comprehensive metabolic panel", "Laboratory", 10)
            .row("Complete blood count", "Laboratory", 10)
            .row("Emergency department visit", "Evaluation and management", 60)
            .row("Electrocardiogram", "Cardiology", 10)
            .row("Chest X-ray, 2 views", "Radiology", 15)
            .row("Influenza vaccine administration", "Preventive", 5)
            .row("Annual wellness visit", "Preventive", 30)
            .row("Therapeutic exercise, 15 minutes", "Rehabilitation", 15)
            .row("Psychotherapy, 45 minutes", "Behavioral health", 45)
            .row("CT abdomen with contrast", "Radiology", 30)
            .row("Physical therapy evaluation", "Rehabilitation", 45)
            .row("MRI brain without contrast", "Radiology", 45)
            .row("Echocardiogram", "Cardiology", 45)
            .row("Colonoscopy, diagnostic", "Surgery", 45)
            .row("Cataract removal with lens implant", "Surgery", 40)
            .row("Knee arthroscopy", "Surgery", 90)
            .row("Hemodialysis", "Nephrology", 240)
            .row("Cesarean delivery", "Obstetrics", 120)
            .popularity(Skew.power(1.6));

    static final Pool SPECIALTIES = Pool.of("specialty", "description", "department", "referral")
            .row("Family Medicine", "Primary Care", false)
            .row("Internal Medicine", "Primary Care", false)
            .row("Pediatrics", "Primary Care", false)
            .row("Emergency Medicine", "Emergency", false)
            .row("Obstetrics and Gynecology", "Women's Health", false)
            .row("Cardiology", "Medicine", true)
            .row("Orthopedic Surgery", "Surgery", true)
            .row("Psychiatry", "Behavioral Health", true)
            .row("Dermatology", "Medicine", true)
            .row("Radiology", "Diagnostics", true)
            .row("Gastroenterology", "Medicine", true)
            .row("Neurology", "Neurosciences", true)
            .row("Oncology", "Cancer Center", true)
            .row("General Surgery", "Surgery", true)
            .row("Endocrinology", "Medicine", true)
            .row("Pulmonology", "Medicine", true)
            .row("Anesthesiology", "Surgery", true)
            .row("Ophthalmology", "Surgery", true)
            .row("Urology", "Surgery", true)
            .row("Nephrology", "Medicine", true)
            .row("Rheumatology", "Medicine", true)
            .row("Physical Medicine and Rehabilitation", "Rehabilitation", true)
            .popularity(Skew.power(1.5));

    /** Name, strength, class, DEA schedule, typical cost per unit (USD). */
    static final Pool DRUGS = Pool.of("drug", "name", "strength", "class", "schedule", "cost")
            .row("Atorvastatin", "20 mg", "Statin", "NONE", 0.12)
            .row("Lisinopril", "10 mg", "ACE inhibitor", "NONE", 0.08)
            .row("Levothyroxine", "50 mcg", "Thyroid hormone", "NONE", 0.15)
            .row("Metformin", "500 mg", "Biguanide", "NONE", 0.06)
            .row("Amlodipine", "5 mg", "Calcium channel blocker", "NONE", 0.07)
            .row("Metoprolol", "25 mg", "Beta blocker", "NONE", 0.09)
            .row("Omeprazole", "20 mg", "Proton pump inhibitor", "NONE", 0.14)
            .row("Losartan", "50 mg", "Angiotensin receptor blocker", "NONE", 0.11)
            .row("Simvastatin", "40 mg", "Statin", "NONE", 0.10)
            .row("Albuterol", "90 mcg", "Bronchodilator", "NONE", 1.20)
            .row("Gabapentin", "300 mg", "Anticonvulsant", "V", 0.13)
            .row("Hydrochlorothiazide", "25 mg", "Diuretic", "NONE", 0.05)
            .row("Sertraline", "50 mg", "SSRI antidepressant", "NONE", 0.12)
            .row("Montelukast", "10 mg", "Leukotriene antagonist", "NONE", 0.18)
            .row("Escitalopram", "10 mg", "SSRI antidepressant", "NONE", 0.16)
            .row("Rosuvastatin", "10 mg", "Statin", "NONE", 0.20)
            .row("Bupropion", "150 mg", "Antidepressant", "NONE", 0.35)
            .row("Furosemide", "40 mg", "Loop diuretic", "NONE", 0.06)
            .row("Pantoprazole", "40 mg", "Proton pump inhibitor", "NONE", 0.17)
            .row("Trazodone", "50 mg", "Antidepressant", "NONE", 0.09)
            .row("Amoxicillin", "500 mg", "Penicillin antibiotic", "NONE", 0.18)
            .row("Tramadol", "50 mg", "Opioid analgesic", "IV", 0.14)
            .row("Fluticasone", "50 mcg", "Corticosteroid", "NONE", 0.90)
            .row("Tamsulosin", "0.4 mg", "Alpha blocker", "NONE", 0.20)
            .row("Meloxicam", "15 mg", "NSAID", "NONE", 0.08)
            .row("Clopidogrel", "75 mg", "Antiplatelet", "NONE", 0.15)
            .row("Prednisone", "10 mg", "Corticosteroid", "NONE", 0.07)
            .row("Azithromycin", "250 mg", "Macrolide antibiotic", "NONE", 0.90)
            .row("Alprazolam", "0.5 mg", "Benzodiazepine", "IV", 0.10)
            .row("Oxycodone", "5 mg", "Opioid analgesic", "II", 0.45)
            .row("Hydrocodone-acetaminophen", "5-325 mg", "Opioid analgesic", "II", 0.30)
            .row("Zolpidem", "10 mg", "Sedative-hypnotic", "IV", 0.12)
            .row("Lorazepam", "1 mg", "Benzodiazepine", "IV", 0.11)
            .row("Pregabalin", "75 mg", "Anticonvulsant", "V", 0.60)
            .row("Methylphenidate", "10 mg", "CNS stimulant", "II", 0.80)
            .row("Insulin glargine", "100 units/mL", "Insulin", "NONE", 9.50)
            .row("Apixaban", "5 mg", "Anticoagulant", "NONE", 8.20)
            .row("Testosterone cypionate", "200 mg/mL", "Androgen", "III", 3.50)
            .row("Semaglutide", "1 mg", "GLP-1 agonist", "NONE", 220.00)
            .popularity(Skew.power(1.5));

    /** LOINC code, name, unit, reference range, population mean and spread. */
    static final Pool LAB_TESTS = Pool.of("lab_test", "code", "name", "unit", "range", "mean", "sd")
            .row("2345-7", "Glucose", "mg/dL", "70-99", 99.0, 20.0)
            .row("718-7", "Hemoglobin", "g/dL", "12-17.5", 14.1, 1.7)
            .row("2160-0", "Creatinine", "mg/dL", "0.6-1.3", 0.98, 0.27)
            .row("6690-2", "White blood cell count", "10*3/uL", "4.5-11", 7.6, 2.2)
            .row("2093-3", "Total cholesterol", "mg/dL", "125-200", 192.0, 38.0)
            .row("4548-4", "Hemoglobin A1c", "%", "4-5.6", 5.9, 1.1)
            .row("777-3", "Platelet count", "10*3/uL", "150-450", 262.0, 68.0)
            .row("2951-2", "Sodium", "mmol/L", "135-145", 139.0, 3.2)
            .row("2823-3", "Potassium", "mmol/L", "3.5-5.1", 4.2, 0.45)
            .row("2085-9", "HDL cholesterol", "mg/dL", "40-60", 52.0, 14.0)
            .row("13457-7", "LDL cholesterol", "mg/dL", "0-100", 112.0, 33.0)
            .row("2571-8", "Triglycerides", "mg/dL", "0-150", 142.0, 62.0)
            .row("3016-3", "Thyroid stimulating hormone", "mIU/L", "0.4-4", 2.1, 1.1)
            .row("1742-6", "Alanine aminotransferase", "U/L", "7-56", 29.0, 14.0)
            .row("1920-8", "Aspartate aminotransferase", "U/L", "10-40", 25.0, 10.0)
            .row("3094-0", "Urea nitrogen", "mg/dL", "7-20", 14.5, 5.0)
            .popularity(Skew.power(1.3));

    static final Pool VITALS = Pool.of("vital", "type", "unit", "mean", "sd")
            .row("HEART_RATE", "bpm", 75.0, 12.0)
            .row("SYSTOLIC_BP", "mmHg", 125.0, 16.0)
            .row("DIASTOLIC_BP", "mmHg", 79.0, 10.0)
            .row("TEMPERATURE", "degF", 98.5, 0.8)
            .row("SPO2", "%", 96.8, 1.5)
            .row("RESPIRATORY_RATE", "breaths/min", 16.0, 3.0)
            .row("WEIGHT", "kg", 82.0, 19.0)
            .row("BMI", "kg/m2", 27.9, 5.6)
            .row("HEIGHT", "cm", 169.0, 10.0)
            .row("PAIN_SCORE", "0-10", 2.6, 2.2);

    static final Pool CARRIERS = Pool.of("carrier", "name")
            .row("BlueRiver Health").row("Summit Mutual").row("Northstar Health Plans").row("Evergreen Care")
            .row("Harborview Insurance").row("Pinnacle Health Partners").row("Meridian Assurance")
            .row("Cascade Health Alliance").row("Keystone Benefit Co").row("Liberty Crest Health")
            .popularity(Skew.power(1.4));

    static final Pool MANUFACTURERS = Pool.of("manufacturer", "name")
            .row("Apex Pharma").row("Brightwater Labs").row("Crestline Therapeutics").row("Delta Generics")
            .row("Everline Pharmaceuticals").row("Fairmont Biotech").row("Granite Health Sciences")
            .row("Horizon Generics").row("Ironwood Pharma").row("Juniper Biologics")
            .popularity(Skew.power(1.3));

    static final Pool VACCINES = Pool.of("vaccine", "code", "name")
            .row("140", "Influenza, seasonal, injectable")
            .row("208", "COVID-19, mRNA")
            .row("115", "Tdap")
            .row("133", "Pneumococcal conjugate PCV13")
            .row("187", "Zoster recombinant")
            .row("08", "Hepatitis B, pediatric")
            .row("03", "MMR")
            .row("21", "Varicella")
            .row("165", "HPV9")
            .popularity(Skew.power(1.8));

    static final Pool ADJUSTMENT_REASONS = Pool.of("carc", "code")
            .row("CO-45").row("PR-1").row("PR-2").row("CO-97").row("PR-3").row("CO-16").row("OA-23").row("CO-253")
            .popularity(Skew.power(1.4));

    // ------------------------------------------------------------------ shared SQL

    /** {@code CASE} naming the ICD-10 chapter of a code, written once for the function and the table. */
    static String icdChapter(String code) {
        String whens = ICD_CHAPTERS.entrySet().stream()
                .map(e -> "WHEN '" + e.getKey() + "' THEN '" + e.getValue() + "'")
                .collect(Collectors.joining(" "));
        return "CASE upper(substr(" + code + ", 1, 1)) " + whens + " ELSE 'Other' END";
    }

    static String isChronic(String code) {
        return "upper(substr(" + code + ", 1, 1)) IN (" + CHRONIC_CHAPTERS.stream().sorted().map(c -> "'" + c + "'").collect(Collectors.joining(", ")) + ")";
    }

    // ------------------------------------------------------------------ the industry

    public static final Industry INDUSTRY = define();

    private static Industry define() {
        SqlType money = SqlType.decimal(12, 2);
        return Industry.named("healthcare")
                .description("Healthcare provider and payer data: claims, encounters, prescriptions, patients, providers and facilities")

                // ---------------------------------------------------------- large facts
                .table(Table.fact("claims", 100_000_000).date("submitted_date")
                        .comment("Insurance claims submitted by healthcare providers for services rendered to patients")
                        .col("claim_id", sequence(), "Unique claim identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient who received the service")
                        .col("provider_id", fk("providers", Skew.power(1.2)), "Rendering provider")
                        .col("diagnosis_code", fk("diagnosis_codes", Skew.power(1.2)), "Primary ICD-10-CM diagnosis")
                        .col("procedure_code", fk("procedure_codes", Skew.power(1.3)), "Billed procedure (CPT with modifier)")
                        .col("claim_amount", money, amount(240, 1.15, 12, 85_000), "Billed amount in USD")
                        .col("submitted_date", dates(FLU_SEASON), "Date the claim was submitted")
                        .col("status", weighted("PAID", 58, "DENIED", 12, "APPROVED", 9, "PENDING", 9, "IN_REVIEW", 6, "APPEALED", 3, "VOID", 3),
                                "Claim lifecycle status")
                        .col("payer_id", fk("insurance_plans", Skew.power(1.2)), "Insurance plan billed")
                        .col("facility_id", fk("facilities", Skew.power(1.2)), "Facility where the service took place"))

                .table(Table.fact("encounters", 50_000_000).date("encounter_date")
                        .comment("Patient visits: office, inpatient, emergency and telehealth encounters")
                        .col("encounter_id", sequence(), "Unique encounter identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient seen")
                        .col("provider_id", fk("providers", Skew.power(1.2)), "Attending provider")
                        .col("facility_id", fk("facilities", Skew.power(1.2)), "Facility of the encounter")
                        .col("encounter_date", dates(FLU_SEASON), "Date of the encounter")
                        .col("encounter_type", weighted("OUTPATIENT", 52, "EMERGENCY", 15, "TELEHEALTH", 14, "INPATIENT", 12, "OBSERVATION", 7),
                                "Setting of care")
                        .col("duration_minutes", ints(5, 1440, Skew.logNormal(32, 0.8)), "Length of the encounter in minutes")
                        .col("discharge_status", weighted("HOME", 78, "HOME_HEALTH", 7, "SKILLED_NURSING", 5, "TRANSFERRED", 4, "LEFT_AMA", 2,
                                "REHAB_FACILITY", 3, "EXPIRED", 1), "Disposition at the end of the encounter")
                        .col("primary_diagnosis", fk("diagnosis_codes", Skew.power(1.2)), "Primary ICD-10-CM diagnosis")
                        .col("admission_source", weighted("PHYSICIAN_REFERRAL", 45, "EMERGENCY_ROOM", 25, "SELF_REFERRAL", 18, "TRANSFER", 7,
                                "CLINIC", 5), "How the patient arrived"))

                .table(Table.fact("prescriptions", 30_000_000).date("fill_date")
                        .comment("Pharmacy fills of prescribed medications")
                        .col("rx_id", sequence(), "Unique prescription fill identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient the drug was dispensed to")
                        .col("provider_id", fk("providers", Skew.power(1.2)), "Prescribing provider")
                        .col("drug_code", fk("drug_catalog", Skew.power(1.4)), "National Drug Code (NDC) dispensed")
                        .col("drug_name", lookup("drug_code", "drug_name"), "Drug name from the drug catalog")
                        .col("quantity", weighted(30, 40, 90, 25, 60, 15, 28, 8, 14, 5, 120, 4, 180, 3), "Units dispensed")
                        .col("days_supply", weighted(30, 55, 90, 30, 7, 5, 14, 5, 60, 5), "Days the fill lasts")
                        .col("fill_date", dates(FLU_SEASON), "Date the prescription was filled")
                        .col("pharmacy_id", fk("pharmacies", Skew.power(1.3)), "Dispensing pharmacy")
                        .col("refills_remaining", ints(0, 11, Skew.power(2.2)), "Refills left on the prescription"))

                // ---------------------------------------------------------- medium facts
                .table(Table.fact("lab_results", 5_000_000).date("collected_date")
                        .comment("Laboratory test results with LOINC codes and reference ranges")
                        .col("result_id", sequence(), "Unique result identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient tested")
                        .col("encounter_id", fk("encounters"), "Encounter that ordered the test")
                        .col("test_code", pool(LAB_TESTS, "code", "test"), "LOINC code")
                        .col("test_name", pool(LAB_TESTS, "name", "test"), "Test name")
                        .col("result_value", DOUBLE, derived("round(greatest(0, $0 + $1 * $2), 2)",
                                pool(LAB_TESTS, "mean", "test"), pool(LAB_TESTS, "sd", "test"), normal(0, 1, -4, 4, 4)), "Measured value")
                        .col("unit", pool(LAB_TESTS, "unit", "test"), "Unit of the value")
                        .col("reference_range", pool(LAB_TESTS, "range", "test"), "Normal range, low-high")
                        .col("collected_date", dates(FLU_SEASON), "Date the specimen was collected")
                        .col("status", weighted("FINAL", 88, "PRELIMINARY", 7, "CORRECTED", 3, "CANCELLED", 2), "Result status"))

                .table(Table.fact("vital_signs", 5_000_000).date("recorded_at")
                        .comment("Vital sign measurements taken during encounters")
                        .col("vital_id", sequence(), "Unique measurement identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient measured")
                        .col("encounter_id", fk("encounters"), "Encounter of the measurement")
                        .col("measurement_type", pool(VITALS, "type", "vital"), "What was measured")
                        .col("value", DOUBLE, derived("round(greatest(0, $0 + $1 * $2), 1)",
                                pool(VITALS, "mean", "vital"), pool(VITALS, "sd", "vital"), normal(0, 1, -4, 4, 4)), "Measured value")
                        .col("unit", pool(VITALS, "unit", "vital"), "Unit of the value")
                        .col("recorded_at", timestamps(FLU_SEASON.withHours(Seasonality.OFFICE_HOURS)), "When the measurement was taken"))

                // ---------------------------------------------------------- dimensions
                .table(Table.dimension("patients", 1_000_000)
                        .comment("Patients with demographics and contact details (PII)")
                        .col("patient_id", sequence(), "Unique patient identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name (PII)")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name (PII)")
                        .col("date_of_birth", dates(LocalDate.of(1935, 1, 1), LocalDate.of(2023, 12, 31)), "Date of birth (PII)")
                        .col("gender", person(PersonField.GENDER), "Administrative gender, F or M")
                        .col("zip_code", place(PlaceField.ZIP), "Home zip code")
                        .col("insurance_plan_id", fk("insurance_plans", Skew.power(1.2)).orNull(0.04), "Insurance plan; NULL when uninsured")
                        .col("email", person(PersonField.EMAIL).orNull(0.06), "E-mail address (PII)")
                        .col("phone", person(PersonField.PHONE), "Phone number (PII)")
                        .col("created_at", timestamps(), "When the patient record was created"))

                .table(Table.dimension("providers", 1_000_000)
                        .comment("Physicians and other clinicians who render and prescribe care")
                        .col("provider_id", sequence(), "Unique provider identifier")
                        .col("npi", code("1999999999"), "National Provider Identifier")
                        .col("first_name", person(PersonField.FIRST_NAME), "Given name")
                        .col("last_name", person(PersonField.LAST_NAME), "Family name")
                        .col("specialty_code", fk("specialties", Skew.power(1.3)), "Primary specialty")
                        .col("facility_id", fk("facilities", Skew.power(1.2)), "Primary practice facility")
                        .col("license_state", place(PlaceField.STATE), "State of medical license")
                        .col("active", bool(0.93), "Currently practising"))

                .table(Table.dimension("facilities", 1_000_000)
                        .comment("Hospitals, clinics and other care sites")
                        .col("facility_id", sequence(), "Unique facility identifier")
                        .col("name", STRING, derived("city || ' ' || CASE facility_type WHEN 'HOSPITAL' THEN 'General Hospital' "
                                + "WHEN 'CLINIC' THEN 'Family Clinic' WHEN 'URGENT_CARE' THEN 'Urgent Care' WHEN 'SURGERY_CENTER' THEN 'Surgery Center' "
                                + "WHEN 'NURSING_FACILITY' THEN 'Care Center' WHEN 'IMAGING_CENTER' THEN 'Imaging' ELSE 'Medical Laboratory' END"),
                                "Facility name")
                        .col("facility_type", weighted("CLINIC", 38, "URGENT_CARE", 15, "HOSPITAL", 12, "LABORATORY", 10, "NURSING_FACILITY", 9,
                                "SURGERY_CENTER", 8, "IMAGING_CENTER", 8), "Kind of facility")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("zip_code", place(PlaceField.ZIP), "Zip code")
                        .col("bed_count", INT, derived("CASE facility_type WHEN 'HOSPITAL' THEN 40 + $0 % 860 WHEN 'NURSING_FACILITY' THEN 30 + $0 % 170 "
                                + "WHEN 'SURGERY_CENTER' THEN 2 + $0 % 18 ELSE 0 END", ints(0, 999_999)), "Licensed beds (0 for outpatient sites)")
                        .col("npi", code("1999999999"), "Organizational NPI"))

                .table(Table.dimension("insurance_plans", 1_000_000)
                        .comment("Health insurance plans that pay claims")
                        .col("plan_id", sequence(), "Unique plan identifier")
                        .col("carrier_name", pool(CARRIERS, "name"), "Insurance carrier")
                        .col("plan_type", weighted("PPO", 35, "HMO", 30, "HDHP", 10, "EPO", 8, "POS", 7, "MEDICARE_ADVANTAGE", 7, "MEDICAID", 3),
                                "Plan design")
                        .col("coverage_level", weighted("SILVER", 38, "BRONZE", 30, "GOLD", 22, "PLATINUM", 10), "Metal tier")
                        .col("monthly_premium", money, amount(520, 0.35, 120, 2400), "Monthly premium in USD")
                        .col("deductible", weighted(0, 5, 500, 10, 1000, 15, 1500, 15, 2000, 15, 3000, 15, 5000, 15, 7500, 10), "Annual deductible in USD")
                        .col("effective_date", dates(), "Date the plan took effect"))

                .table(Table.dimension("drug_catalog", 1_000_000)
                        .comment("Drug products by National Drug Code")
                        .col("drug_code", code("99999-9999-99"), "National Drug Code (NDC)")
                        .col("drug_name", template("{} {}", pool(DRUGS, "name"), pool(DRUGS, "strength")), "Product name and strength")
                        .col("generic_name", STRING, derived("lower($0)", pool(DRUGS, "name")), "Generic name")
                        .col("drug_class", pool(DRUGS, "class"), "Therapeutic class")
                        .col("manufacturer", pool(MANUFACTURERS, "name"), "Labeler")
                        .col("schedule", pool(DRUGS, "schedule"), "DEA controlled-substance schedule, NONE if not controlled")
                        .col("unit_cost", SqlType.decimal(10, 2), derived("round(greatest(0.01, $0 * $1), 2)", pool(DRUGS, "cost"),
                                decimals(0.3, 3.0, 3, Skew.logNormal(1.0, 0.35))), "Acquisition cost per unit in USD"))

                // ---------------------------------------------------------- lookups
                .table(Table.lookup("diagnosis_codes", 500_000)
                        .comment("ICD-10-CM diagnosis codes with chapter and chronic-condition flag")
                        .col("code", template("{}{}", pool(DIAGNOSES, "letter", "dx"), code("99.XXXX")), "ICD-10-CM code")
                        .col("description", pool(DIAGNOSES, "description", "dx"), "Diagnosis description")
                        .col("category", pool(DIAGNOSES, "category", "dx"), "ICD-10 chapter")
                        .col("icd_version", weighted("ICD-10-CM", 97, "ICD-9-CM", 3), "Code system")
                        .col("is_chronic", pool(DIAGNOSES, "chronic", "dx"), "Long-term condition"))

                .table(Table.lookup("procedure_codes", 500_000)
                        .comment("Procedure codes (CPT with modifier) and typical durations")
                        .col("code", code("99999-XX"), "Procedure code")
                        .col("description", pool(PROCEDURES, "description", "px"), "Procedure description")
                        .col("category", pool(PROCEDURES, "category", "px"), "Service category")
                        .col("cpt_version", oneOf("2023", "2024", "2025"), "CPT edition")
                        .col("avg_duration_minutes", pool(PROCEDURES, "minutes", "px"), "Typical duration in minutes"))

                .table(Table.lookup("pharmacies", 200_000)
                        .comment("Retail and independent pharmacies")
                        .col("pharmacy_id", sequence(), "Unique pharmacy identifier")
                        .col("name", STRING, derived("CASE WHEN chain = 'Independent' THEN city || ' Family Pharmacy' "
                                + "ELSE chain || ' #' || CAST(1000 + $0 AS STRING) END", ints(0, 8_999)), "Store name")
                        .col("chain", weighted("CareWell Pharmacy", 30, "MedPlus", 22, "QuickRx", 15, "Neighborhood Drug", 8, "Independent", 25),
                                "Chain, or Independent")
                        .col("address", place(PlaceField.ADDRESS), "Street address")
                        .col("city", place(PlaceField.CITY), "City")
                        .col("state", place(PlaceField.STATE), "State")
                        .col("is_24hr", bool(0.18), "Open around the clock"))

                .table(Table.lookup("specialties", 100_000)
                        .comment("Medical specialties and their departments")
                        .col("specialty_code", code("SP-XXXX"), "Specialty code")
                        .col("description", pool(SPECIALTIES, "description", "sp"), "Specialty name")
                        .col("department", pool(SPECIALTIES, "department", "sp"), "Department")
                        .col("requires_referral", pool(SPECIALTIES, "referral", "sp"), "Patients need a referral"))

                .table(Table.lookup("claim_lines", 500_000).comment("Service lines of claims")
                        .col("line_id", sequence(), "Unique claim line identifier")
                        .col("claim_id", fk("claims"), "Claim the line belongs to")
                        .col("service_code", fk("procedure_codes", Skew.power(1.3)), "Procedure code of the line")
                        .col("quantity", ints(1, 6, Skew.power(3.0)), "Units of service")
                        .col("line_amount", money, amount(95, 1.0, 5, 25_000), "Line charge in USD")
                        .col("modifier", weighted("", 55, "25", 15, "59", 10, "26", 6, "TC", 5, "LT", 4, "RT", 5), "CPT modifier, empty when none"))

                .table(Table.lookup("referrals", 300_000).date("referral_date").comment("Referrals from one provider to another")
                        .col("referral_id", sequence(), "Unique referral identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient referred")
                        .col("from_provider_id", fk("providers", Skew.power(1.2)), "Referring provider")
                        .col("to_provider_id", fk("providers", Skew.power(1.4)), "Provider referred to")
                        .col("reason", oneOf("Specialist evaluation", "Abnormal lab results", "Chronic condition management", "Surgical consultation",
                                "Imaging follow-up", "Second opinion", "Physical therapy", "Behavioral health"), "Reason for referral")
                        .col("referral_date", dates(FLU_SEASON), "Date of the referral")
                        .col("status", weighted("COMPLETED", 52, "SCHEDULED", 18, "PENDING", 15, "CANCELLED", 9, "EXPIRED", 6), "Referral status"))

                .table(Table.lookup("appointments", 500_000).date("scheduled_date").comment("Scheduled patient appointments")
                        .col("appt_id", sequence(), "Unique appointment identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient")
                        .col("provider_id", fk("providers", Skew.power(1.2)), "Provider")
                        .col("scheduled_date", dates(FLU_SEASON.withWeekdays(Seasonality.BUSINESS_DAYS)), "Appointment date")
                        .col("scheduled_time", STRING, derived("lpad(CAST($0 AS STRING), 2, '0') || ':' || lpad(CAST($1 * 15 AS STRING), 2, '0')",
                                ints(8, 16), ints(0, 3)), "Start time, HH:MM")
                        .col("status", weighted("COMPLETED", 68, "CANCELLED", 12, "SCHEDULED", 10, "NO_SHOW", 8, "RESCHEDULED", 2), "Appointment status")
                        .col("appt_type", weighted("FOLLOW_UP", 40, "ROUTINE", 25, "NEW_PATIENT", 15, "URGENT", 10, "TELEHEALTH", 10), "Visit type")
                        .col("duration_minutes", weighted(15, 30, 30, 45, 45, 15, 60, 10), "Booked length in minutes"))

                .table(Table.lookup("allergies", 200_000).date("onset_date").comment("Patient allergies and reactions")
                        .col("allergy_id", sequence(), "Unique allergy record identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient")
                        .col("allergen", weighted("Penicillin", 20, "Peanuts", 10, "Sulfa drugs", 9, "Shellfish", 8, "Latex", 6, "Pollen", 12,
                                "Dust mites", 8, "Eggs", 5, "Milk", 5, "Bee stings", 4, "Aspirin", 4, "Codeine", 3, "Tree nuts", 4, "Ibuprofen", 2),
                                "Substance")
                        .col("severity", weighted("MILD", 55, "MODERATE", 32, "SEVERE", 11, "LIFE_THREATENING", 2), "Severity of reaction")
                        .col("reaction", weighted("Hives", 25, "Rash", 22, "Itching", 15, "Swelling", 12, "Nausea", 10, "Wheezing", 8,
                                "Anaphylaxis", 3, "Sneezing", 5), "Typical reaction")
                        .col("onset_date", dates(LocalDate.of(1990, 1, 1), LocalDate.of(2024, 12, 31)), "When the allergy was first noted"))

                .table(Table.lookup("immunizations", 200_000).date("administered_date").comment("Vaccines administered to patients")
                        .col("imm_id", sequence(), "Unique immunization identifier")
                        .col("patient_id", fk("patients", Skew.power(1.3)), "Patient")
                        .col("vaccine_code", pool(VACCINES, "code", "vaccine"), "CVX vaccine code")
                        .col("vaccine_name", pool(VACCINES, "name", "vaccine"), "Vaccine")
                        .col("administered_date", dates(FLU_SEASON), "Date given")
                        .col("lot_number", code("AA9999X", ints(0, 9_999_999)), "Manufacturer lot number")
                        .col("site", weighted("LEFT_DELTOID", 45, "RIGHT_DELTOID", 35, "LEFT_THIGH", 7, "RIGHT_THIGH", 6, "ORAL", 4, "INTRANASAL", 3),
                                "Administration site"))

                .table(Table.lookup("billing_adjustments", 500_000).date("adjusted_date").comment("Adjustments applied to claim balances")
                        .col("adj_id", sequence(), "Unique adjustment identifier")
                        .col("claim_id", fk("claims"), "Adjusted claim")
                        .col("adjustment_type", weighted("CONTRACTUAL", 48, "PATIENT_RESPONSIBILITY", 20, "WRITE_OFF", 12, "DENIAL_REVERSAL", 6,
                                "REFUND", 6, "COORDINATION_OF_BENEFITS", 5, "SMALL_BALANCE", 3), "Kind of adjustment")
                        .col("amount", money, amount(45, 1.1, 1, 20_000), "Adjustment amount in USD")
                        .col("reason_code", pool(ADJUSTMENT_REASONS, "code"), "Claim adjustment reason code (CARC)")
                        .col("adjusted_date", dates(FLU_SEASON), "Date of the adjustment"))

                .views(HealthcareViews.ALL)
                .udfs(udfs())
                .gold(GoldViews.HEALTHCARE)
                .star(StarSchemas.HEALTHCARE)
                .checks(BusinessRules.HEALTHCARE_CHECKS)
                .changes(BusinessRules.HEALTHCARE_CHANGES)
                .build();
    }

    private static java.util.List<Udf> udfs() {
        return java.util.List.of(
                Udf.named("mask_patient_id").masking().param("patient_id", BIGINT).returns(STRING)
                        .body("'PAT-****' || lpad(CAST(patient_id % 10000 AS STRING), 4, '0')")
                        .comment("Patient id with all but the last four digits hidden")
                        .example("1234567", "'PAT-****4567'"),
                Udf.named("mask_ssn").masking().param("ssn", STRING).returns(STRING)
                        .body("'***-**-' || right(ssn, 4)")
                        .comment("Social security number showing only the last four digits")
                        .example("'123-45-6789'", "'***-**-6789'"),
                Udf.named("mask_email").masking().param("email", STRING).returns(STRING)
                        .body("{{regex_replace(email, '^(.)[^@]*@', '$1***@')}}")
                        .comment("E-mail with the local part hidden after its first letter")
                        .example("'jane.doe@example.com'", "'j***@example.com'"),
                Udf.named("mask_phone").masking().param("phone", STRING).returns(STRING)
                        .body("'(***) ***-' || right(phone, 4)")
                        .comment("Phone number showing only the last four digits")
                        .example("'(617) 555-0123'", "'(***) ***-0123'"),
                Udf.named("calculate_age").business().param("date_of_birth", DATE).returns(INT)
                        .body("{{years_between(date_of_birth, current_date)}}")
                        .comment("Age in whole years today")
                        .example("{{add_days(current_date, -3660)}}", "10"),
                Udf.named("format_claim_amount").formatting().param("amount", SqlType.decimal(12, 2)).returns(STRING)
                        .body("'$' || {{format_number(amount, 2)}}")
                        .comment("Amount as US dollars with thousands separators")
                        .example("1234.5", "'$1,234.50'"),
                Udf.named("is_valid_npi").validation().param("npi", STRING).returns(BOOLEAN)
                        .body("coalesce({{matches(npi, '^[12][0-9]{9}$')}}, false)")
                        .comment("True for a ten-digit NPI starting with 1 or 2")
                        .example("'1234567893'", "true").example("'12345'", "false").example("'3234567893'", "false"),
                Udf.named("risk_score_band").business().param("score", DOUBLE).returns(STRING)
                        .body("CASE WHEN score IS NULL THEN 'UNKNOWN' WHEN score < 0.25 THEN 'LOW' WHEN score < 0.5 THEN 'MODERATE' "
                                + "WHEN score < 0.75 THEN 'HIGH' ELSE 'CRITICAL' END")
                        .comment("Risk band of a 0-1 risk score")
                        .example("0.6", "'HIGH'").example("0.1", "'LOW'"),
                Udf.named("icd_category").business().param("code", STRING).returns(STRING)
                        .body(icdChapter("code"))
                        .comment("ICD-10 chapter of a diagnosis code")
                        .example("'E11.9'", "'Endocrine, nutritional and metabolic diseases'").example("'J06.9'", "'Diseases of the respiratory system'"),
                Udf.named("days_since").business().param("d", DATE).returns(INT)
                        .body("{{days_between(d, current_date)}}")
                        .comment("Days from a date until today")
                        .example("{{add_days(current_date, -30)}}", "30"),
                Udf.named("is_chronic").validation().param("code", STRING).returns(BOOLEAN)
                        .body(isChronic("code"))
                        .comment("True when the diagnosis is in a chapter of long-term conditions")
                        .example("'I10'", "true").example("'J06.9'", "false"),
                Udf.named("encounter_duration_category").business().param("minutes", INT).returns(STRING)
                        .body("CASE WHEN minutes < 15 THEN 'BRIEF' WHEN minutes < 45 THEN 'STANDARD' WHEN minutes < 120 THEN 'EXTENDED' "
                                + "WHEN minutes < 480 THEN 'HALF_DAY' ELSE 'PROLONGED' END")
                        .comment("Length class of an encounter")
                        .example("30", "'STANDARD'").example("600", "'PROLONGED'"),
                Udf.named("format_date_display").formatting().param("d", DATE).returns(STRING)
                        .body("{{format_date(d, 'MMM dd, yyyy')}}")
                        .comment("Date as 'Mar 05, 2024'")
                        .example("DATE '2024-03-05'", "'Mar 05, 2024'"),
                Udf.named("quarter_label").formatting().param("d", DATE).returns(STRING)
                        .body("'Q' || CAST(quarter(d) AS STRING) || ' ' || CAST(year(d) AS STRING)")
                        .comment("Calendar quarter as 'Q1 2024'")
                        .example("DATE '2024-03-05'", "'Q1 2024'"),
                Udf.named("bmi_category").business().param("bmi", DOUBLE).returns(STRING)
                        .body("CASE WHEN bmi < 18.5 THEN 'Underweight' WHEN bmi < 25 THEN 'Normal' WHEN bmi < 30 THEN 'Overweight' ELSE 'Obese' END")
                        .comment("WHO body-mass-index category")
                        .example("27.5", "'Overweight'").example("17.0", "'Underweight'"),
                Udf.named("claim_status_label").formatting().param("status", STRING).returns(STRING)
                        .body("CASE upper(status) WHEN 'PAID' THEN 'Paid' WHEN 'APPROVED' THEN 'Approved' WHEN 'PENDING' THEN 'Pending' "
                                + "WHEN 'IN_REVIEW' THEN 'In review' WHEN 'DENIED' THEN 'Denied' WHEN 'APPEALED' THEN 'Under appeal' "
                                + "WHEN 'VOID' THEN 'Voided' ELSE 'Unknown' END")
                        .comment("Display label of a claim status")
                        .example("'IN_REVIEW'", "'In review'"),
                Udf.named("drug_schedule_risk").business().param("schedule", STRING).returns(STRING)
                        .body("CASE schedule WHEN 'II' THEN 'HIGH' WHEN 'III' THEN 'MODERATE' WHEN 'IV' THEN 'LOW' WHEN 'V' THEN 'MINIMAL' ELSE 'NONE' END")
                        .comment("Abuse-potential risk of a DEA schedule")
                        .example("'II'", "'HIGH'").example("'NONE'", "'NONE'"),
                Udf.named("is_pediatric").validation().param("date_of_birth", DATE).returns(BOOLEAN)
                        .body("{{years_between(date_of_birth, current_date)}} < 18")
                        .comment("True for patients younger than 18")
                        .example("{{add_days(current_date, -3660)}}", "true").example("DATE '1980-01-01'", "false"),
                Udf.named("insurance_tier").business().param("coverage_level", STRING).returns(STRING)
                        .body("CASE upper(coverage_level) WHEN 'PLATINUM' THEN 'Tier 1' WHEN 'GOLD' THEN 'Tier 2' WHEN 'SILVER' THEN 'Tier 3' "
                                + "WHEN 'BRONZE' THEN 'Tier 4' ELSE 'Unclassified' END")
                        .comment("Benefit tier of a metal coverage level")
                        .example("'GOLD'", "'Tier 2'"),
                Udf.named("anonymize_name").masking().param("first_name", STRING).param("last_name", STRING).returns(STRING)
                        .body("upper(substr(first_name, 1, 1)) || '. ' || upper(substr(last_name, 1, 1)) || '.'")
                        .comment("Initials in place of a full name")
                        .example("'Jane', 'Doe'", "'J. D.'"));
    }
}
