// Score + rank, 63 units × 46 indicators with code generation refused (configure({ jitless: true }),
// as under a Content-Security-Policy without 'unsafe-eval'): pgi-kit's plain-loop fallbacks next to
// the tight baseline. Compare with scoring-63.bench.ts (the generated path).
import { configure } from "../src/index";
import { scoringGroup } from "./scoring-group";

configure({ jitless: true });
scoringGroup(46, 63, 1000);
