NAME golden-substitution-cap
ROWS
 N objective
 L capacity[magnet,magnet,2027]
 G demand[2026]
 G demand[2027]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
 L substituteCapacity[fen,2027]
 L budgetTotal
COLUMNS
 build[fen,2026] substituteCapacity[fen,2027] -0.1
 build[fen,2026] budgetTotal 0.05
 build[plant,2026] capacity[magnet,magnet,2027] -0.1
 build[plant,2026] budgetTotal 0.4
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] objective 0.5
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 0.1
 chinaFree[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 lastResort[magnet,magnet,2027] demand[2027] 1
 substitute[fen,2027] demand[2027] 0.5
 substitute[fen,2027] endToEndDependencyDefinition[2027] 0.5
 substitute[fen,2027] substituteCapacity[fen,2027] 1
 endToEndDependency[2027] objective 0.5
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 0.1
RHS
 rhs demand[2026] 0.1
 rhs demand[2027] 0.1
 rhs endToEndDependencyDefinition[2026] 0.1
 rhs endToEndDependencyDefinition[2027] 0.1
 rhs budgetTotal 0.2
RANGES
BOUNDS
 FX bnd chinaFree[magnet,magnet,2026] 0
 UP bnd endToEndDependency[2026] 1
 UP bnd substitute[fen,2027] 0.03
 UP bnd endToEndDependency[2027] 1
ENDATA
