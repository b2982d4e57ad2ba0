import KaikuCore

/// The few fixed texts of an export's codebook, in Finnish, Swedish and English.
enum ExportTexts {
    static let languages = Catalogue.languages

    private static let texts: [String: [String]] = [
        // key: [fi, sv, en]
        "response_id": ["Vastauksen tunniste", "Svarets identifierare", "Response identifier"],
        "wave": ["Kyselykierros", "Enkätomgång", "Wave"],
        "library": ["Kirjasto", "Bibliotek", "Library"],
        "outlet": ["Toimipiste, jossa vastattiin", "Verksamhetsställe där svaret gavs", "Outlet where the response was given"],
        "channel": ["Vastauskanava", "Svarskanal", "Channel"],
        "form": ["Lomake", "Formulär", "Form"],
        "language": ["Vastauskieli", "Svarsspråk", "Language of the response"],
        "started_at": ["Aloitettu (UTC)", "Påbörjad (UTC)", "Started (UTC)"],
        "submitted_at": ["Lähetetty (UTC)", "Skickad (UTC)", "Submitted (UTC)"],
        "version": ["Kyselyn versio", "Enkätens version", "Survey version"],
        "chosen": ["valittu", "vald", "chosen"],
        "not_chosen": ["ei valittu", "inte vald", "not chosen"],
        "importance": ["tärkeys", "viktighet", "importance"],
        "performance": ["toimivuus", "hur väl det fungerar", "performance"],
        "not_applicable": ["En osaa sanoa / ei koske minua", "Vet inte / gäller inte mig", "Don't know / does not apply"],
    ]

    /// The text in `language` (fi, sv or en; anything else reads Finnish).
    static func text(_ key: String, _ language: String) -> String {
        guard let row = texts[key] else { return key }
        return row[languages.firstIndex(of: language) ?? 0]
    }
}
