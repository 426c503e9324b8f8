NAME golden-target-years
ROWS
 N objective
 L capacity[magnet,magnet,2027]
 L capacity[magnet,magnet,2028]
 L capacity[magnet,magnet,2029]
 G demand[2026]
 G demand[2027]
 G demand[2028]
 G demand[2029]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
 E endToEndDependencyDefinition[2028]
 E endToEndDependencyDefinition[2029]
COLUMNS
 build[plant,2026] objective 0.4
 build[plant,2026] capacity[magnet,magnet,2027] -0.1
 build[plant,2026] capacity[magnet,magnet,2028] -0.1
 build[plant,2026] capacity[magnet,magnet,2029] -0.1
 build[plant,2027] objective 0.4
 build[plant,2027] capacity[magnet,magnet,2028] -0.1
 build[plant,2027] capacity[magnet,magnet,2029] -0.1
 build[plant,2028] objective 0.4
 build[plant,2028] capacity[magnet,magnet,2029] -0.1
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 0.1
 chinaFree[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 lastResort[magnet,magnet,2027] demand[2027] 1
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 0.1
 chinaFree[magnet,magnet,2028] capacity[magnet,magnet,2028] 1
 chinaFree[magnet,magnet,2028] demand[2028] 1
 chinaFree[magnet,magnet,2028] endToEndDependencyDefinition[2028] 1
 lastResort[magnet,magnet,2028] demand[2028] 1
 endToEndDependency[2028] endToEndDependencyDefinition[2028] 0.2
 chinaFree[magnet,magnet,2029] capacity[magnet,magnet,2029] 1
 chinaFree[magnet,magnet,2029] demand[2029] 1
 chinaFree[magnet,magnet,2029] endToEndDependencyDefinition[2029] 1
 lastResort[magnet,magnet,2029] demand[2029] 1
 endToEndDependency[2029] endToEndDependencyDefinition[2029] 0.2
RHS
 rhs demand[2026] 0.1
 rhs demand[2027] 0.1
 rhs demand[2028] 0.2
 rhs demand[2029] 0.2
 rhs endToEndDependencyDefinition[2026] 0.1
 rhs endToEndDependencyDefinition[2027] 0.1
 rhs endToEndDependencyDefinition[2028] 0.2
 rhs endToEndDependencyDefinition[2029] 0.2
RANGES
BOUNDS
 FX bnd chinaFree[magnet,magnet,2026] 0
 UP bnd endToEndDependency[2026] 1
 UP bnd endToEndDependency[2027] 0.5
 UP bnd endToEndDependency[2028] 0.5
 UP bnd endToEndDependency[2029] 0.5
ENDATA
