NAME golden-export-ban
ROWS
 N objective
 L capacity[magnet,magnet,2027]
 L capacity[magnet,magnet,2028]
 G demand[2026]
 G demand[2027]
 G demand[2028]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
 E endToEndDependencyDefinition[2028]
 L exportRestriction[magnet,magnet,2027]
 L exportRestriction[magnet,magnet,2028]
 L budgetTotal
COLUMNS
 build[plant,2026] capacity[magnet,magnet,2027] -0.1
 build[plant,2026] capacity[magnet,magnet,2028] -0.1
 build[plant,2026] budgetTotal 0.2
 build[plant,2027] capacity[magnet,magnet,2028] -0.1
 build[plant,2027] budgetTotal 0.2
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] objective 0.3333333333333333
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 0.1
 chinaFree[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 lastResort[magnet,magnet,2027] demand[2027] 1
 lastResort[magnet,magnet,2027] exportRestriction[magnet,magnet,2027] 1
 endToEndDependency[2027] objective 0.3333333333333333
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 0.1
 chinaFree[magnet,magnet,2028] capacity[magnet,magnet,2028] 1
 chinaFree[magnet,magnet,2028] demand[2028] 1
 chinaFree[magnet,magnet,2028] endToEndDependencyDefinition[2028] 1
 lastResort[magnet,magnet,2028] demand[2028] 1
 lastResort[magnet,magnet,2028] exportRestriction[magnet,magnet,2028] 1
 endToEndDependency[2028] objective 0.3333333333333333
 endToEndDependency[2028] endToEndDependencyDefinition[2028] 0.1
 shortfall[magnet,magnet,2026] objective 333.3333333333333
 shortfall[magnet,magnet,2026] demand[2026] 1
 shortfall[magnet,magnet,2027] objective 333.3333333333333
 shortfall[magnet,magnet,2027] demand[2027] 1
 shortfall[magnet,magnet,2028] objective 333.3333333333333
 shortfall[magnet,magnet,2028] demand[2028] 1
RHS
 rhs capacity[magnet,magnet,2027] 0.03
 rhs capacity[magnet,magnet,2028] 0.03
 rhs demand[2026] 0.1
 rhs demand[2027] 0.1
 rhs demand[2028] 0.1
 rhs endToEndDependencyDefinition[2026] 0.1
 rhs endToEndDependencyDefinition[2027] 0.1
 rhs endToEndDependencyDefinition[2028] 0.1
RANGES
BOUNDS
 UP bnd chinaFree[magnet,magnet,2026] 0.03
 UP bnd endToEndDependency[2026] 1
 UP bnd endToEndDependency[2027] 1
 UP bnd endToEndDependency[2028] 1
ENDATA
