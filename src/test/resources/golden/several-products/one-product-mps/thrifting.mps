NAME golden-thrifting
ROWS
 N objective
 L capacity[magnet,magnet,2026]
 L capacity[magnet,magnet,2027]
 G flowBalance[metal,dytb,2026]
 G flowBalance[metal,dytb,2027]
 G chinaFreeFlow[metal,dytb,2026]
 G chinaFreeFlow[metal,dytb,2027]
 G demand[2026]
 G demand[2027]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
COLUMNS
 chinaFree[metal,dytb,2026] flowBalance[metal,dytb,2026] 1
 chinaFree[metal,dytb,2026] chinaFreeFlow[metal,dytb,2026] 1
 lastResort[metal,dytb,2026] objective 62.5
 lastResort[metal,dytb,2026] flowBalance[metal,dytb,2026] 1
 chinaFree[magnet,magnet,2026] capacity[magnet,magnet,2026] 1
 chinaFree[magnet,magnet,2026] flowBalance[metal,dytb,2026] -0.04
 chinaFree[magnet,magnet,2026] chinaFreeFlow[metal,dytb,2026] -0.04
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 otherOrigin[magnet,magnet,2026] capacity[magnet,magnet,2026] 1
 otherOrigin[magnet,magnet,2026] flowBalance[metal,dytb,2026] -0.04
 otherOrigin[magnet,magnet,2026] demand[2026] 1
 lastResort[magnet,magnet,2026] objective 2.5
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] objective 0.25
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 0.1
 chinaFree[metal,dytb,2027] flowBalance[metal,dytb,2027] 1
 chinaFree[metal,dytb,2027] chinaFreeFlow[metal,dytb,2027] 1
 lastResort[metal,dytb,2027] objective 125
 lastResort[metal,dytb,2027] flowBalance[metal,dytb,2027] 1
 chinaFree[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 chinaFree[magnet,magnet,2027] flowBalance[metal,dytb,2027] -0.02
 chinaFree[magnet,magnet,2027] chinaFreeFlow[metal,dytb,2027] -0.02
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 otherOrigin[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 otherOrigin[magnet,magnet,2027] flowBalance[metal,dytb,2027] -0.02
 otherOrigin[magnet,magnet,2027] demand[2027] 1
 lastResort[magnet,magnet,2027] objective 2.5
 lastResort[magnet,magnet,2027] demand[2027] 1
 endToEndDependency[2027] objective 0.25
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 0.1
RHS
 rhs capacity[magnet,magnet,2026] 0.1
 rhs capacity[magnet,magnet,2027] 0.1
 rhs demand[2026] 0.1
 rhs demand[2027] 0.1
 rhs endToEndDependencyDefinition[2026] 0.1
 rhs endToEndDependencyDefinition[2027] 0.1
RANGES
BOUNDS
 FX bnd chinaFree[metal,dytb,2026] 0
 FX bnd lastResort[magnet,magnet,2026] 0
 UP bnd endToEndDependency[2026] 1
 FX bnd chinaFree[metal,dytb,2027] 0
 FX bnd lastResort[magnet,magnet,2027] 0
 UP bnd endToEndDependency[2027] 1
ENDATA
