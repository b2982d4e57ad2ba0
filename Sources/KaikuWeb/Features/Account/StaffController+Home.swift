import Foundation
import Hummingbird
import KaikuAnalytics
import KaikuCore
import KaikuStore

/// The staff front page: the surveys with their waves' response counts, and the doorstep
/// forms of the user's outlets.
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
}
