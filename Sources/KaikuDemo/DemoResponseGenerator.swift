import Foundation
import KaikuCore

/// Generates believable invented responses to a survey: one latent satisfaction per respondent
/// drives every rating, staff friendliness drives the grade, grade and NPS move together, the
/// doorstep is a little kinder than the web, and Lohja has Swedish answers.
struct DemoResponseGenerator {
    let definition: SurveyDefinition
    let version: Int
    let organisation: Organisation
    /// When responses are submitted: spread over this interval.
    let period: DateInterval
    private var random: SeededRandom

    init(definition: SurveyDefinition, version: Int, organisation: Organisation, period: DateInterval, seed: UInt64) {
        self.definition = definition
        self.version = version
        self.organisation = organisation
        self.period = period
        random = SeededRandom(seed: seed)
    }

    /// One respondent's hidden traits.
    private struct Respondent {
        var satisfaction: Double
        var friendliness: Double
        var grade: Int
        var mood: DemoTexts.Mood
    }

    mutating func next() -> SurveyResponse {
        let outlet = pickOutlet()
        let library = organisation.library(ofOutlet: outlet.id)
        let channel = [Channel.web, .interviewer, .kiosk][random.pick(weights: [0.5, 0.32, 0.18])]
        let form = channel == .web || !definition.formNames.contains("doorstep") ? SurveyDefinition.fullForm : "doorstep"
        let language = pickLanguage(library: library)
        let respondent = makeRespondent(outlet: outlet.id, doorstep: form != SurveyDefinition.fullForm)
        let answers = makeAnswers(form: form, outlet: outlet.id, language: language, respondent: respondent)
        let submittedAt = period.start.addingTimeInterval(random.unit() * period.duration)
        let minutes = form == SurveyDefinition.fullForm ? 3 + random.unit() * 9 : 1 + random.unit() * 3
        return SurveyResponse(
            id: UUID(uuid: uuidBytes()), survey: definition.id, version: version, form: form, channel: channel,
            outlet: outlet.id, language: language, startedAt: submittedAt.addingTimeInterval(-minutes * 60),
            submittedAt: submittedAt, answers: answers,
            device: channel == .kiosk ? "kiosk-\(outlet.id)" : nil,
            interviewer: channel == .interviewer ? "demo-interviewer-\(1 + random.next() % 6)" : nil
        )
    }

    private mutating func pickOutlet() -> Outlet {
        let outlets = organisation.outlets
        // Busy outlets get more respondents, but small ones still get enough to report on.
        let weights = outlets.map { Double($0.yearlyVisits ?? 10_000).squareRoot() }
        return outlets[random.pick(weights: weights)]
    }

    private mutating func pickLanguage(library: Library?) -> String {
        let languages = library?.languages ?? [definition.defaultLanguage]
        if languages.contains("sv"), random.chance(0.16) { return "sv" }
        if definition.languages.contains("en"), random.chance(0.02) { return "en" }
        return languages.first ?? definition.defaultLanguage
    }

    private mutating func makeRespondent(outlet: String, doorstep: Bool) -> Respondent {
        let outletEffect: [String: Double] = ["lohja-main": 0.1, "karkkila-main": -0.25, "vihti-main": 0.05, "virkkala": 0.2, "pusula": -0.15]
        let satisfaction = random.normal() + (outletEffect[outlet] ?? 0) + (doorstep ? 0.2 : 0)
        let friendliness = 0.75 * satisfaction + 0.65 * random.normal()
        let raw = 8.55 + 0.45 * satisfaction + 0.4 * friendliness + 0.45 * random.normal()
        let grade = min(10, max(4, Int(raw.rounded())))
        let mood: DemoTexts.Mood = grade >= 9 ? .positive : grade >= 8 ? .neutral : .negative
        return Respondent(satisfaction: satisfaction, friendliness: friendliness, grade: grade, mood: mood)
    }

    private mutating func makeAnswers(form: String, outlet: String, language: String, respondent: Respondent) -> Answers {
        guard let validator = AnswerValidator(definition: definition, form: form, outletIDs: Set(organisation.outlets.map(\.id))) else { return [:] }
        var answers: Answers = [:]
        for question in definition.questions where validator.questionIDs.contains(question.id) {
            if let condition = question.showIf, !condition.expression.evaluate(answers) { continue }
            // Optional questions are now and then skipped, as real respondents do.
            if !question.required, question.type != .text, random.chance(0.04) { continue }
            for (key, value) in answer(question, outlet: outlet, language: language, respondent: respondent) {
                answers[key] = value
            }
        }
        return answers
    }

    private mutating func answer(_ question: Question, outlet: String, language: String, respondent: Respondent) -> Answers {
        let z = respondent.satisfaction
        switch question.type {
        case .library:
            let other = random.element(of: organisation.outlets.map(\.id)) ?? outlet
            return [question.id: .text(random.chance(0.88) ? outlet : other)]
        case .grade:
            return [question.id: .integer(respondent.grade)]
        case .nps:
            let raw = Double(respondent.grade) * 1.45 - 4.6 + 0.9 * random.normal()
            return [question.id: .integer(min(10, max(0, Int(raw.rounded()))))]
        case .matrix, .importancePerformance, .scale:
            var answers: Answers = [:]
            for key in question.answerKeys {
                guard let target = definition.target(ofKey: key) else { continue }
                if question.notApplicable, random.chance(0.04) {
                    answers[key] = .notApplicable
                    continue
                }
                let drive = key == "staff.friendly" || key.hasPrefix("services.courtesy.performance") ? respondent.friendliness : z
                answers[key] = rating(target.options, drive: target.dimension == "importance" ? 0.3 * z : drive, positivity: positivity(of: key))
            }
            return answers
        case .choice:
            guard let options = question.options?.options, !options.isEmpty else { return [:] }
            if options.first?.value == .text("yes") {
                // yes / partly / no follows satisfaction.
                let weights = options.map { $0.value == .text("yes") ? 2.5 + z : $0.value == .text("no") ? max(0.2, 0.6 - 0.5 * z) : 1 }
                return [question.id: options[random.pick(weights: weights)].value.answer]
            }
            let weights = options.indices.map { 1.0 + Double(($0 * 7 + question.id.count) % 5) }
            return [question.id: options[random.pick(weights: weights)].value.answer]
        case .multi:
            guard let options = question.options?.options, !options.isEmpty else { return [:] }
            var picked = options.filter { _ in random.chance(0.35) }.map(\.value.answer)
            if picked.isEmpty, let first = random.element(of: options) { picked = [first.value.answer] }
            return [question.id: .list(picked)]
        case .number:
            let low = question.minimum ?? 0, high = question.maximum ?? 100
            return [question.id: .integer(Int((low + random.unit() * (high - low)).rounded()))]
        case .text, .shortText:
            guard let kind = DemoTexts.Question(rawValue: question.id),
                  random.chance(kind == .threeWords ? 0.35 : respondent.mood == .positive && kind == .bestMoment ? 0.4 : 0.25),
                  let text = random.element(of: DemoTexts.texts(for: kind, language: language, mood: respondent.mood))
            else { return [:] }
            return [question.id: .text(text)]
        }
    }

    /// How kind customers are to an item on average: staff are praised, the web library less so.
    private func positivity(of key: String) -> Double {
        if key.hasPrefix("staff.") || key.hasPrefix("image.") { return 0.85 }
        if key.hasPrefix("web_") { return 0.55 }
        if key.hasPrefix("impact.") { return 0.45 }
        if key.hasSuffix(".importance") { return 0.8 }
        return 0.68
    }

    /// An ordinal answer: the respondent's drive moves them up or down a scale, around the
    /// item's usual level.
    private mutating func rating(_ options: [ChoiceOption], drive: Double, positivity: Double) -> AnswerValue? {
        let ordered = options.sorted { ($0.value.answer.number ?? 0) < ($1.value.answer.number ?? 0) }
        guard !ordered.isEmpty else { return nil }
        let position = positivity + 0.17 * drive + 0.16 * random.normal()
        let index = min(ordered.count - 1, max(0, Int((position * Double(ordered.count)).rounded(.down))))
        return ordered[index].value.answer
    }

    private mutating func uuidBytes() -> uuid_t {
        let a = random.next(), b = random.next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: a >> (8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: b >> (8 * i))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return (bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
                bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15])
    }
}
