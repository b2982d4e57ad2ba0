import Testing

/// The analytics HTTP suites, one at a time: each loads the demo and hundreds of generated
/// responses, and run side by side they would starve the store tests of the two cores.
@Suite("Analytics over HTTP", .serialized)
struct AnalyticsHTTPTests {}
