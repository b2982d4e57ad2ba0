import Foundation

/// How an imported column writes the time a response was submitted. Times without a zone are
/// read in the mapping's time zone (Finland's by default). Every format also takes Excel's day
/// numbers (`43068.585`), since `XLSXReader` gives dates in that form; seconds may be left out
/// where a format has them, and Finnish times may use a period (`14.03`).
public enum ImportDateFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Webropol and Finnish Excel: `29.11.2017 14:03`.
    case finnishDateTime = "d.M.yyyy H:mm"
    /// `29.11.2017`, read as noon, so the day is the same in every time zone.
    case finnishDate = "d.M.yyyy"
    /// Google Forms (English, US): `11/29/2017 14:03:12`.
    case usDateTime = "M/d/yyyy H:mm:ss"
    /// Google Forms (English, UK): `29/11/2017 14:03:12`.
    case dayFirstSlashDateTime = "d/M/yyyy H:mm:ss"
    /// LimeSurvey: `2017-11-29 14:03:12`.
    case sqlDateTime = "yyyy-MM-dd HH:mm:ss"
    /// `2017-11-29T14:03:12Z`, `2017-11-29T14:03:12+02:00`, `2017-11-29T14:03:12`.
    case iso8601 = "iso8601"
    /// Excel's day number only.
    case excelSerial = "excel"

    /// The date `text` names, or nil when it is not in this format.
    public func date(from text: String, timeZone: TimeZone) -> Date? {
        let text = String(text.trimmingWhitespace)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        if let serial = Self.excelDate(text, calendar: calendar) { return serial }
        var tokens = DateTokens(text)
        let day: Int?, month: Int?, year: Int?
        switch self {
        case .excelSerial:
            return nil
        case .finnishDateTime, .finnishDate:
            (day, month) = (tokens.number(digits: 1, 2), tokens.separator(["."]) ? tokens.number(digits: 1, 2) : nil)
            year = tokens.separator(["."]) ? tokens.number(digits: 4, 4) : nil
        case .usDateTime, .dayFirstSlashDateTime:
            let first = tokens.number(digits: 1, 2)
            let second = tokens.separator(["/"]) ? tokens.number(digits: 1, 2) : nil
            (day, month) = self == .usDateTime ? (second, first) : (first, second)
            year = tokens.separator(["/"]) ? tokens.number(digits: 4, 4) : nil
        case .sqlDateTime, .iso8601:
            let digits = self == .iso8601 ? 2 : 1
            year = tokens.number(digits: 4, 4)
            month = tokens.separator(["-"]) ? tokens.number(digits: digits, 2) : nil
            day = tokens.separator(["-"]) ? tokens.number(digits: digits, 2) : nil
        }
        guard let day, let month, let year else { return nil }
        var time = (hour: 12, minute: 0, second: 0)
        let finnish = self == .finnishDateTime || self == .finnishDate
        let timeSeparators: Set<String> = finnish ? [":", "."] : [":"]
        if tokens.separator(finnish ? [" ", " klo "] : self == .iso8601 || self == .sqlDateTime ? ["T", " "] : [" "]) {
            guard let hour = tokens.number(digits: 1, 2), tokens.separator(timeSeparators),
                  let minute = tokens.number(digits: 2, 2) else { return nil }
            time = (hour, minute, 0)
            if tokens.separator(timeSeparators) {
                guard let second = tokens.number(digits: 2, 2) else { return nil }
                time.second = second
                // Fractions of a second are dropped, as the wire carries whole seconds.
                if self == .iso8601, tokens.separator([".", ","]), tokens.number(digits: 1, 9) == nil { return nil }
            }
        } else if self == .finnishDateTime {
            return nil
        }
        if self == .iso8601, !tokens.atEnd {
            guard let zone = Self.zone(tokens.rest().trimmingCharacters(in: .whitespaces)) else { return nil }
            calendar.timeZone = zone
        }
        guard tokens.atEnd else { return nil }
        return Self.date(day: day, month: month, year: year, hour: time.hour, minute: time.minute, second: time.second, calendar: calendar)
    }

    /// The format that reads the most of `samples` (the first in `allCases` order of those that
    /// read as many); nil when none reads any.
    public static func detect(in samples: [String], timeZone: TimeZone) -> ImportDateFormat? {
        let texts = samples.filter { !$0.trimmingWhitespace.isEmpty }
        var best: (format: ImportDateFormat, count: Int)?
        for format in allCases {
            let count = texts.count(where: { format.date(from: $0, timeZone: timeZone) != nil })
            if count > (best?.count ?? 0) { best = (format, count) }
        }
        return best?.format
    }

    /// A date from its parts, or nil when they name no real day and time (31.2.2017, 25:00).
    private static func date(day: Int, month: Int, year: Int, hour: Int, minute: Int, second: Int, calendar: Calendar) -> Date? {
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        guard (1...12).contains(month), (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second),
              let date = calendar.date(from: components),
              calendar.component(.day, from: date) == day
        else { return nil }
        return date
    }

    /// `Z`, `+02:00`, `+0200` as a time zone.
    private static func zone(_ text: String) -> TimeZone? {
        if text == "Z" { return TimeZone(identifier: "UTC") }
        guard let sign = text.first, sign == "+" || sign == "-" else { return nil }
        let digits = text.dropFirst().filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let hours = Int(digits.prefix(2)), let minutes = Int(digits.suffix(2))
        else { return nil }
        let signed = sign == "-" ? -1 : 1
        return TimeZone(secondsFromGMT: signed * (hours * 3600 + minutes * 60))
    }

    /// Excel's day number (days since 30 December 1899, a local time: Excel has no zones) when
    /// `text` is one within 1954–2119, so that a plain number such as a grade is never a date.
    private static func excelDate(_ text: String, calendar: Calendar) -> Date? {
        guard let days = Double(text), (20_000...80_000).contains(days) else { return nil }
        let seconds = Int((days * 86_400).rounded())
        var utc = Calendar(identifier: .gregorian)
        guard let zone = TimeZone(identifier: "UTC") else { return nil }
        utc.timeZone = zone
        let epoch = Date(timeIntervalSince1970: -2_209_161_600) // 1899-12-30T00:00:00Z
        let wallClock = utc.dateComponents([.year, .month, .day, .hour, .minute, .second], from: epoch.addingTimeInterval(Double(seconds)))
        guard let year = wallClock.year, let month = wallClock.month, let day = wallClock.day else { return nil }
        return date(day: day, month: month, year: year, hour: wallClock.hour ?? 0, minute: wallClock.minute ?? 0,
                    second: wallClock.second ?? 0, calendar: calendar)
    }
}
