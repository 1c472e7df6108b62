// Score + rank, 63 units × 46 indicators: pgi-kit next to the tight and plain baselines.
import { scoringGroup } from "./scoring-group";

scoringGroup(46, 63, 1000);
