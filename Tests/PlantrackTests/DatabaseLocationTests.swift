import Testing

@testable import plantrack

@Test(
    arguments: [
        ("/flag.sqlite", ["PLANTRACK_DB": "/env.sqlite", "HOME": "/home/li"], "/flag.sqlite"),
        (nil, ["PLANTRACK_DB": "/env.sqlite", "XDG_DATA_HOME": "/xdg"], "/env.sqlite"),
        (
            nil, ["PLANTRACK_DB": "", "XDG_DATA_HOME": "/xdg/", "HOME": "/home/li"],
            "/xdg/plantrack/plantrack.sqlite"
        ),
        (
            nil, ["XDG_DATA_HOME": "relative", "HOME": "/home/li"],
            "/home/li/.local/share/plantrack/plantrack.sqlite"
        ),
        (nil, ["HOME": "/home/li"], "/home/li/.local/share/plantrack/plantrack.sqlite"),
    ] as [(String?, [String: String], String)])
func databaseLocationRule(_ flag: String?, _ environment: [String: String], _ expected: String) {
    #expect(DatabaseLocation.path(explicit: flag, environment: environment) == expected)
}
