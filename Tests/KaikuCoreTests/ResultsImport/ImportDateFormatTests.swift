import Foundation
import KaikuCore
import Testing

@Suite("import date formats")
struct ImportDateFormatTests {
    private let helsinki = TimeZone(identifier: "Europe/Helsinki")!

    /// 29 November 2017 14:03:12 in Finland (UTC+2 in winter) is 12:03:12 UTC.
    private let expected = Date(timeIntervalSince1970: 1_511_956_992)

    @Test("each tool's format reads its own timestamp in Finnish time")
    func formats() {
        #expect(ImportDateFormat.usDateTime.date(from: "11/29/2017 14:03:12", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.dayFirstSlashDateTime.date(from: "29/11/2017 14:03:12", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.sqlDateTime.date(from: "2017-11-29 14:03:12", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.finnishDateTime.date(from: "29.11.2017 14:03:12", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.finnishDateTime.date(from: "29.11.2017 14.03", timeZone: helsinki) == expected.addingTimeInterval(-12))
        #expect(ImportDateFormat.iso8601.date(from: "2017-11-29T12:03:12Z", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.iso8601.date(from: "2017-11-29T14:03:12+02:00", timeZone: helsinki) == expected)
        #expect(ImportDateFormat.iso8601.date(from: "2017-11-29T14:03:12", timeZone: helsinki) == expected)
        // A date alone is noon, so the day is the same wherever it is shown.
        #expect(ImportDateFormat.finnishDate.date(from: "29.11.2017", timeZone: helsinki) == Date(timeIntervalSince1970: 1_511_949_600))
    }

    @Test("Excel's day numbers are read in every format, as local time")
    func excelSerial() {
        // 43068.585555… is 2017-11-29 14:03:12 as Excel counts days.
        let seconds: Double = 14 * 3600 + 3 * 60 + 12
        let serial = String(43068 + seconds / 86_400)
        #expect(ImportDateFormat.excelSerial.date(from: serial, timeZone: helsinki) == expected)
        #expect(ImportDateFormat.finnishDateTime.date(from: serial, timeZone: helsinki) == expected)
        #expect(ImportDateFormat.excelSerial.date(from: "9", timeZone: helsinki) == nil)
    }

    @Test("impossible dates and other formats are refused")
    func refusals() {
        #expect(ImportDateFormat.finnishDateTime.date(from: "31.2.2017 10:00", timeZone: helsinki) == nil)
        #expect(ImportDateFormat.finnishDateTime.date(from: "3.12.2017 25:00", timeZone: helsinki) == nil)
        #expect(ImportDateFormat.finnishDateTime.date(from: "3.12.2017", timeZone: helsinki) == nil)
        #expect(ImportDateFormat.usDateTime.date(from: "29.11.2017 14:03", timeZone: helsinki) == nil)
        #expect(ImportDateFormat.usDateTime.date(from: "13/29/2017 14:03:12", timeZone: helsinki) == nil)
    }

    @Test("the format that reads the most samples is detected")
    func detection() {
        #expect(ImportDateFormat.detect(in: ["11/29/2017 14:03:12", "12/1/2017 9:00:00"], timeZone: helsinki) == .usDateTime)
        #expect(ImportDateFormat.detect(in: ["29/11/2017 14:03:12", ""], timeZone: helsinki) == .dayFirstSlashDateTime)
        #expect(ImportDateFormat.detect(in: ["29.11.2017 14:03", "3.12.2017 25:00"], timeZone: helsinki) == .finnishDateTime)
        #expect(ImportDateFormat.detect(in: ["29.11.2017", "30.11.2017"], timeZone: helsinki) == .finnishDate)
        #expect(ImportDateFormat.detect(in: ["2017-11-29 14:03:12"], timeZone: helsinki) == .sqlDateTime)
        #expect(ImportDateFormat.detect(in: ["2017-11-29T12:03:12Z"], timeZone: helsinki) == .iso8601)
        #expect(ImportDateFormat.detect(in: ["kesällä"], timeZone: helsinki) == nil)
    }
}
