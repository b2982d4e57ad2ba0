/// The named scales a new survey starts with, worded as the Lukki survey words them:
/// agreement, satisfaction and importance, each 1–5, in Finnish, Swedish and English.
public enum StarterScales {
    /// A scale's name and its options' labels from the value 1 upwards, by language.
    struct Scale {
        var name: String
        var labels: [[String: String]]
    }

    static let all: [Scale] = [
        Scale(name: "agree5", labels: [
            ["fi": "Täysin eri mieltä", "sv": "Helt av annan åsikt", "en": "Strongly disagree"],
            ["fi": "Jokseenkin eri mieltä", "sv": "Delvis av annan åsikt", "en": "Somewhat disagree"],
            ["fi": "Ei samaa eikä eri mieltä", "sv": "Varken av samma eller annan åsikt", "en": "Neither agree nor disagree"],
            ["fi": "Jokseenkin samaa mieltä", "sv": "Delvis av samma åsikt", "en": "Somewhat agree"],
            ["fi": "Täysin samaa mieltä", "sv": "Helt av samma åsikt", "en": "Strongly agree"],
        ]),
        Scale(name: "satisfied5", labels: [
            ["fi": "Erittäin tyytymätön", "sv": "Mycket missnöjd", "en": "Very dissatisfied"],
            ["fi": "Melko tyytymätön", "sv": "Ganska missnöjd", "en": "Fairly dissatisfied"],
            ["fi": "Ei tyytyväinen eikä tyytymätön", "sv": "Varken nöjd eller missnöjd", "en": "Neither satisfied nor dissatisfied"],
            ["fi": "Melko tyytyväinen", "sv": "Ganska nöjd", "en": "Fairly satisfied"],
            ["fi": "Erittäin tyytyväinen", "sv": "Mycket nöjd", "en": "Very satisfied"],
        ]),
        Scale(name: "importance5", labels: [
            ["fi": "Ei lainkaan tärkeä", "sv": "Inte alls viktigt", "en": "Not at all important"],
            ["fi": "Vähän tärkeä", "sv": "Lite viktigt", "en": "Slightly important"],
            ["fi": "Melko tärkeä", "sv": "Ganska viktigt", "en": "Moderately important"],
            ["fi": "Tärkeä", "sv": "Viktigt", "en": "Important"],
            ["fi": "Erittäin tärkeä", "sv": "Mycket viktigt", "en": "Very important"],
        ]),
    ]

    /// The names, in the order a new survey lists them (the first is a new scale question's).
    public static var names: [String] { all.map(\.name) }

    /// The `scales` mapping of a new survey: each label only in the survey's `languages` (a
    /// language other than Finnish, Swedish or English has its labels empty, for the editor to flag).
    public static func node(languages: [String]) -> DocumentNode {
        .mapping(all.map { scale in
            .init(scale.name, .sequence(scale.labels.enumerated().map { index, labels in
                .mapping([
                    .init("value", .integer(index + 1)),
                    .init("label", SurveyDocument.text(labels.filter { languages.contains($0.key) }, languages: languages)),
                ])
            }))
        })
    }
}
