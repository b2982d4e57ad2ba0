/// The survey editor's and the waves' routes (see `StaffRoute.all`).
extension StaffRoute {
    static let authoring: [StaffRoute] = []
    static let waves: [StaffRoute] = []
}
