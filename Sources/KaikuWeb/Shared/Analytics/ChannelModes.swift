/// The two modes of answering whose difference the dashboard and "what changed" show: on the
/// web (link, QR, embed) and at the doorstep (interviewer, kiosk).
enum ChannelModes {
    static let web: Set<String> = ["web", "qr", "embed"]
    static let doorstep: Set<String> = ["interviewer", "kiosk"]
}
