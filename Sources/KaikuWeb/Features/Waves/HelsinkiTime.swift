import Foundation

/// Dates and times as entered and shown in Finland (Europe/Helsinki), whatever the server's zone.
enum HelsinkiTime {
    static let zone = TimeZone(identifier: "Europe/Helsinki") ?? .current

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar
    }

    /// `2026-03-02` and `09:30` (empty time: midnight) as a moment; nil when either is not a real date or time.
    static func date(_ date: String?, time: String?) -> Date? {
        let dateParts = (date ?? "").trimmingCharacters(in: .whitespaces).split(separator: "-").map { Int($0) }
        let timeText = (time ?? "").trimmingCharacters(in: .whitespaces)
        let timeParts = (timeText.isEmpty ? "00:00" : timeText).split(separator: ":").map { Int($0) }
        guard dateParts.count == 3, let year = dateParts[0], let month = dateParts[1], let day = dateParts[2],
              (2...3).contains(timeParts.count), let hour = timeParts[0], let minute = timeParts[1],
              (1900...2999).contains(year), (1...12).contains(month), (1...31).contains(day), (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let components = DateComponents(year: year, month: month, day: day, hour: hour, minute: minute)
        guard let result = calendar.date(from: components) else { return nil }
        // 31 February would roll over into March: refuse it instead.
        let check = calendar.dateComponents([.year, .month, .day], from: result)
        guard check.year == year, check.month == month, check.day == day else { return nil }
        return result
    }

    /// A moment as the date and time fields show it.
    static func parts(_ moment: Date) -> (date: String, time: String) {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: moment)
        return (
            String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0),
            String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        )
    }
}
