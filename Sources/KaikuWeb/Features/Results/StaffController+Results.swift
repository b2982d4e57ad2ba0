import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

extension StaffController {
    @Sendable func home(_ staff: StaffRequest) async throws -> Response {
        let language = staff.language
        let libraries = staff.scope.libraries
        let showsResults = AccessPolicy.allows(staff.user, .viewResults)
        let t = renderer.texts(language)
        var rows: [StaffHomeModel.SurveyRow] = []
        var interviews: [StaffHomeModel.InterviewLink] = []
        let now = Date()
        let organisation = try await store.organisation()
        let canExport = AccessPolicy.allows(staff.user, .authorSurveys)
        for survey in try await store.surveys() {
            if AccessPolicy.allows(staff.user, .interview) {
                interviews += try await interviewLinks(survey, organisation: organisation, staff: staff, now: now)
            }
            var waves: [StaffHomeModel.WaveRow] = []
            for wave in try await store.waves(of: survey.id) {
                let state = wave.isOpen(at: now) ? t("staff_wave_open") : wave.opensAt > now ? t("staff_wave_upcoming") : t("staff_wave_closed")
                waves.append(.init(
                    name: wave.name.text(in: language, fallbacks: ["fi"]), href: StaffPath.results(survey: survey.id, wave: wave.id),
                    count: NumberFormat.grouped(try await store.responseCount(survey: survey.id, wave: wave.id, libraries: libraries), in: language), state: state
                ))
            }
            rows.append(.init(
                title: survey.title.text(in: language, fallbacks: ["fi"]), href: StaffPath.results(survey: survey.id),
                dashboardHref: StaffPath.dashboard(survey: survey.id),
                total: NumberFormat.grouped(try await store.responseCount(survey: survey.id, libraries: libraries), in: language), waves: waves,
                exportHref: canExport ? StaffPath.xlsform(survey: survey.id) : nil
            ))
        }
        let model = StaffHomeModel(
            layout: staffLayout(staff, title: t("staff_home_title")), surveys: showsResults ? rows : [],
            hasSurveys: showsResults && !rows.isEmpty, showsResults: showsResults,
            scopeNote: scopeNote(staff, organisation: organisation, t: t),
            interviews: interviews, hasInterviews: !interviews.isEmpty
        )
        return try renderer.page(model, template: "staff-home")
    }

    @Sendable func results(_ staff: StaffRequest) async throws -> Response {
        let request = staff.request
        let language = staff.language
        let t = renderer.texts(language)
        let surveyID = try staff.parameter("survey")
        guard let context = try await analytics.context(surveyID) else {
            throw HTTPError(.notFound, message: t("staff_unknown_survey"))
        }
        let definition = context.definition, waves = context.waves
        let waveID = request.uri.queryParameters.get("wave").flatMap { $0.isEmpty ? nil : $0 }
        if let waveID, !waves.contains(where: { $0.id == waveID }) {
            throw HTTPError(.notFound, message: t("staff_unknown_wave"))
        }
        let organisation = context.organisation
        let libraryID = staff.query("library").flatMap { $0.isEmpty ? nil : $0 }
        if let libraryID {
            guard organisation?.library(libraryID) != nil else { throw HTTPError(.notFound, message: t("staff_unknown_library")) }
            guard staff.scope.contains(libraryID) else { throw HTTPError(.forbidden, message: t("staff_library_forbidden")) }
        }
        let libraries = libraryID.map { Set([$0]) } ?? staff.scope.libraries
        let rows = context.index.rows(ResponseFilter(waves: waveID.map { [$0] }, libraries: libraries))
        let total = rows.count
        // Staff watch a wave's first answers arrive here, so the count is always shown; the
        // tables only from the suppression minimum on, or a lone respondent's whole response
        // could be read off them (a library with one answer).
        let suppressed = total > 0 && !analytics.suppression.allows(n: total)
        let distributions = suppressed ? [] : Distribution.of(definition, index: context.index, rows: rows, organisation: organisation)
        let title = definition.title.text(in: language, fallbacks: definition.languages)
        let selected = waves.first { $0.id == waveID }
        let links = [ResultsPageModel.WaveLink(name: t("staff_all_waves"), href: StaffPath.results(survey: surveyID), current: waveID == nil)]
            + waves.map { .init(name: $0.name.text(in: language, fallbacks: ["fi"]), href: StaffPath.results(survey: surveyID, wave: $0.id), current: $0.id == waveID) }
        let model = ResultsPageModel(
            layout: staffLayout(staff, title: title),
            surveyTitle: title,
            dashboardHref: StaffPath.dashboard(survey: surveyID, wave: waveID),
            selection: selected?.name.text(in: language, fallbacks: ["fi"]) ?? t("staff_all_waves"),
            total: NumberFormat.grouped(total, in: language), isEmpty: total == 0,
            suppressedNote: suppressed ? t("privacy_results_small", ["k": .text(String(analytics.suppression.minimum))]) : nil,
            waveLinks: links,
            questions: distributions.map { distribution in
                var table = table(distribution, definition: definition, organisation: organisation, language: language, t: t)
                let figures = ResultsFigures(language: language, t: t)
                if let nps = figures.nps(distribution) {
                    (table.nps, table.mean, table.rows, table.hasRows) = (nps.score, nil, nps.rows, true)
                }
                table.answersHref = figures.answersHref(distribution, survey: surveyID, wave: waveID, library: libraryID)
                return table
            }
        )
        return try renderer.page(model, template: "staff-results")
    }

    /// The doorstep form at each outlet of the user's libraries, for surveys taking responses now.
    private func interviewLinks(_ survey: SurveySummary, organisation: Organisation?, staff: StaffRequest, now: Date) async throws -> [StaffHomeModel.InterviewLink] {
        if case .closed = WaveStatus.of(try await store.waves(of: survey.id), at: now) { return [] }
        return try await interviewLinks(survey, organisation: organisation, staff: staff)
    }

    private func interviewLinks(_ survey: SurveySummary, organisation: Organisation?, staff: StaffRequest) async throws -> [StaffHomeModel.InterviewLink] {
        guard let organisation, let (_, definition) = try await store.definition(of: survey.id) else { return [] }
        let form = definition.formNames.contains("doorstep") ? "doorstep" : SurveyDefinition.fullForm
        let title = survey.title.text(in: staff.language, fallbacks: ["fi"])
        return organisation.libraries.filter { staff.scope.contains($0.id) }.flatMap { library in
            library.outlets.map { outlet in
                StaffHomeModel.InterviewLink(
                    survey: title, outlet: outlet.name.text(in: staff.language, fallbacks: ["fi"]),
                    href: "/s/\(survey.id)?outlet=\(outlet.id)&channel=interviewer&form=\(form)&lang=\(library.languages.first ?? "fi")"
                )
            }
        }
    }

    /// "You see the results of Karkkila" for a user limited to some libraries.
    func scopeNote(_ staff: StaffRequest, organisation: Organisation?, t: Texts) -> String? {
        guard staff.user.role != .admin else { return nil }
        return t("staff_scope_note", ["libraries": .text(UsersController.libraryNames(staff.user, organisation, language: staff.language, t: t))])
    }

    private func table(_ distribution: KeyDistribution, definition: SurveyDefinition, organisation: Organisation?, language: String, t: Texts) -> ResultsPageModel.QuestionTable {
        var heading = distribution.question.text.text(in: language, fallbacks: definition.languages)
        if let item = distribution.item { heading += " – " + item.text.text(in: language, fallbacks: definition.languages) }
        if let dimension = distribution.dimension { heading += " (" + t.dimensionName(dimension).lowercased() + ")" }
        let rows = distribution.rows.map { row in
            let label = row.value == AnswerValue.notApplicable.canonical ? t("survey_not_applicable")
                : row.label?.text(in: language, fallbacks: definition.languages) ?? row.value
            return ResultsPageModel.Row(
                label: label, count: NumberFormat.grouped(row.count, in: language),
                share: NumberFormat.format(row.share * 100, in: language, decimals: 1) + " %", width: Int((row.share * 100).rounded())
            )
        }
        return .init(
            id: QuestionViewBuilder.htmlID(distribution.key), heading: heading,
            answered: t("staff_answered", ["n": .text(NumberFormat.grouped(distribution.answered, in: language))]),
            mean: distribution.mean.map { t("staff_mean", ["mean": .text(NumberFormat.format($0, in: language, decimals: 2))]) },
            rows: rows, hasRows: !rows.isEmpty, nps: nil, answersHref: nil
        )
    }
}
