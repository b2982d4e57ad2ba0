/// How a response reached Kaiku (DESIGN.md, "The parts" 3).
public enum Channel: String, Sendable, Hashable, Codable, CaseIterable {
    /// A link.
    case web
    /// A poster with a QR code, one per outlet.
    case qr
    /// A script tag in the web library.
    case embed
    /// A self-service tablet at the entrance.
    case kiosk
    /// A student interviewer with a tablet.
    case interviewer
    /// A paper form entered by staff.
    case paper
    /// A staff pulse survey.
    case staff
    /// Earlier results brought from another survey tool.
    case `import`
}
