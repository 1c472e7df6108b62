// Score + rank, 100_000 units × 50 indicators, rows built property by property (as CSV parsers
// do), in a worker of their own: pgi-kit next to the tight baseline.
import { scoringGroup } from "./scoring-group";

scoringGroup(50, 100_000, 6000, "assigned");
