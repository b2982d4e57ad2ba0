import Foundation

/// Dates as each language writes them: 4.9.2017 in Finnish and Swedish, 4 Sep 2017 in English,
/// on the clock of Finland (Europe/Helsinki), where Kaiku's libraries are.
public enum DateText {
    public static func day(_ date: Date, in language: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? .current
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        guard let year = parts.year, let month = parts.month, let day = parts.day else { return "" }
        if language == "en" {
            let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
            return "\(day) \(months[month - 1]) \(year)"
        }
        return "\(day).\(month).\(year)"
    }

    /// `4.9.2017 14.05` in Finnish, `4.9.2017 14:05` in Swedish, `4 Sep 2017 14:05` in English.
    public static func dayAndTime(_ date: Date, in language: String) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Helsinki") ?? .current
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        let time = String(format: language == "fi" ? "%d.%02d" : "%d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(day(date, in: language)) \(time)"
    }
}
