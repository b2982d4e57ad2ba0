import Foundation
import KaikuCore
import Testing

/// Exports of the Lukki survey's predecessors as other tools write them, and what importing
/// them needs.
enum ImportSamples {
    /// A Webropol export saved by an old Excel: Windows-1252, semicolons, CRLF, Finnish
    /// headers with numbering, a column per choice (1/0) for the help channels. Row 4 is blank,
    /// row 5 has an out-of-range grade and an answer no option matches, row 6 lacks a required
    /// answer, row 7 has an impossible time, row 3 answers a question its other answers hide.
    static let webropol = [
        "Vastausaika;1. Mitä kirjastoa käytät eniten?;2. Minkä kouluarvosanan (4–10) antaisit kirjastolle, jota käytät eniten?;"
            + "Kirjasto on mielestäni… - helposti lähestyttävä ja viihtyisä;Kirjasto on mielestäni… - ajanmukainen;"
            + "Oletko käyttänyt kirjaston omatoimiaikaa (kirjasto auki ilman henkilökuntaa) viimeisen vuoden aikana?;"
            + "Kuinka tyytyväinen olet omatoimiaikaan?;"
            + "Miten haluat mieluiten saada apua? Voit valita useita. - Palvelutiskiltä;"
            + "Miten haluat mieluiten saada apua? Voit valita useita. - Puhelimitse;"
            + "Miten haluat mieluiten saada apua? Voit valita useita. - Chatissa tai sähköpostilla;"
            + "Kerro hetkestä, jolloin kirjaston palvelu oli erityisen hyvää.;Kuinka usein käyt kirjastossa?;Sukupuoli",
        "29.11.2017 14:03;Lohjan pääkirjasto;9;Täysin samaa mieltä;Jokseenkin samaa mieltä;Kyllä;Erittäin tyytyväinen;1;0;1;"
            + "\"Sain apua e-kirjojen kanssa; kiitos \"\"Lukki\"\"-tiimille!\";Viikoittain;Nainen",
        "30.11.2017 9:15;Karkkilan pääkirjasto;10;Täysin samaa mieltä;Täysin samaa mieltä;Ei;Melko tyytyväinen;0;1;0;"
            + "\"Kaikki sujui.\r\nHyvä palvelu.\";Kuukausittain;Mies",
        ";;;;;;;;;;;;",
        "1.12.2017 12:00;Lohjan pääkirjasto;11;En osaa sanoa;Jokseenkin eri mieltä;Kyllä;Melko tyytyväinen;0;0;0;;Harvemmin;",
        "2.12.2017 10:30;Virkkalan kirjasto;8;Jokseenkin samaa mieltä;Ei samaa eikä eri mieltä;"
            + "En tiennyt, että se on mahdollista;;0;0;1;;;Nainen",
        "3.12.2017 25:00;Vihdin pääkirjasto;9;Täysin samaa mieltä;Täysin samaa mieltä;Ei;;1;0;0;;Viikoittain;Mies",
    ].joined(separator: "\r\n") + "\r\n"

    /// A Google Forms export (English form): UTF-8, commas, a US timestamp, matrix items as
    /// `Question [Item]`, the help channels in one cell joined with ", ".
    static let googleForms = """
        "Timestamp","Which library do you use most?","What school grade (4–10) would you give the library you use most?",\
        "How likely are you to recommend the library to a friend?","I think the library is… [welcoming and pleasant]",\
        "I think the library is… [up to date]","How do you prefer to get help? You can choose several.","Email Address"
        "11/29/2017 14:03:12","Lohja Main Library","9","10","Strongly agree","Somewhat agree","At the service desk, By chat or e-mail",""
        "11/30/2017 9:05:41","Karkkila Main Library","8","7","Somewhat agree","Strongly agree","By phone","someone@example.fi"
        "12/1/2017 18:20:00","Vihti Main Library","10","9","Neither agree nor disagree","Strongly agree","",""

        """

    /// A LimeSurvey export with question and answer codes: `q[item]` columns, `Y` for a chosen
    /// option, answer codes `A1`… that need a value map, an incomplete response (row 3).
    static let limeSurvey = """
        id,submitdate,lastpage,startlanguage,seed,outlet,grade,nps,image[welcoming],image[modern],\
        help_channels[desk],help_channels[phone],help_channels[chat],web_frequency,services[courtesy][importance],services[courtesy][performance]
        "1","2017-11-29 14:03:12","5","fi","1234","lohja-main","9","10","A5","A4","Y","","Y","A1","A5","A4"
        "2","","1","sv","4567","","","","","","","","","","",""
        "3","2017-11-30 10:00:00","5","sv","7890","karkkila-main","8","6","A3","A2","","Y","","A2","A4","A3"
        "4","2017-12-01 11:11:11","5","en","9999","virkkala","7","9","A4","A9","","","","A1","A2","A2"

        """

    /// The wave the earlier results belong to: November and December 2017.
    static func wave2017() -> Wave {
        Wave(id: "2017", survey: "lukki-asiakaskokemus", name: LocalizedText(["fi": "Perustaso 2017"]), version: 1,
             opensAt: Date(timeIntervalSince1970: 1_509_487_200), // 2017-11-01 00:00 in Finland
             closesAt: Date(timeIntervalSince1970: 1_514_757_600)) // 2018-01-01 00:00 in Finland
    }

    static func table(_ text: String, encoding: String.Encoding = .utf8) throws -> Worksheet {
        try CSVTable.read(try #require(text.data(using: encoding))).worksheet
    }

    /// The suggested mapping for `sheet`, judged on all its rows.
    static func suggestion(for sheet: Worksheet, source: String) throws -> ImportSuggestion {
        ImportMapping.suggest(
            headers: sheet.rows[0], sampleRows: Array(sheet.rows.dropFirst()), definition: try Fixtures.lukkiSurvey(),
            outlets: try Fixtures.lukkiConsortium().outlets, source: source
        )
    }

    static func preview(_ sheet: Worksheet, _ mapping: ImportMapping, sourceName: String? = nil) throws -> ResultsImportPreview {
        ResultsImport.preview(
            table: sheet, mapping: mapping, definition: try Fixtures.lukkiSurvey(), version: 1, wave: wave2017(),
            outlets: try Fixtures.lukkiConsortium().outlets, sourceName: sourceName
        )
    }

    /// The answer key a mapping gives the column called `header`, and its separator.
    static func role(_ mapping: ImportMapping, _ header: String) -> ImportColumnRole? {
        mapping.column(header)?.role
    }
}
