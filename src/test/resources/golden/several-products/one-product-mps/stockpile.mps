NAME golden-stockpile
ROWS
 N objective
 E demand[2026]
 E demand[2027]
 E demand[2028]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
 E endToEndDependencyDefinition[2028]
 L exportRestriction[magnet,magnet,2028]
 E stockBalance[magnet-stock,2026]
 E stockBalance[magnet-stock,2027]
 E stockBalance[magnet-stock,2028]
 L budgetTotal
COLUMNS
 stockBuy[magnet-stock,2026] stockBalance[magnet-stock,2026] -1
 stockBuy[magnet-stock,2026] budgetTotal 0.05
 stockBuy[magnet-stock,2027] stockBalance[magnet-stock,2027] -1
 stockBuy[magnet-stock,2027] budgetTotal 0.05
 stockBuy[magnet-stock,2028] exportRestriction[magnet,magnet,2028] 1
 stockBuy[magnet-stock,2028] stockBalance[magnet-stock,2028] -1
 stockBuy[magnet-stock,2028] budgetTotal 0.05
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] objective 0.3333333333333333
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 0.1
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 lastResort[magnet,magnet,2027] demand[2027] 1
 endToEndDependency[2027] objective 0.3333333333333333
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 0.1
 chinaFree[magnet,magnet,2028] demand[2028] 1
 chinaFree[magnet,magnet,2028] endToEndDependencyDefinition[2028] 1
 lastResort[magnet,magnet,2028] demand[2028] 1
 lastResort[magnet,magnet,2028] exportRestriction[magnet,magnet,2028] 1
 endToEndDependency[2028] objective 0.3333333333333333
 endToEndDependency[2028] endToEndDependencyDefinition[2028] 0.1
 stockRelease[magnet-stock,2026] demand[2026] 1
 stockRelease[magnet-stock,2026] stockBalance[magnet-stock,2026] 1
 stockLevel[magnet-stock,2026] stockBalance[magnet-stock,2026] 1
 stockLevel[magnet-stock,2026] stockBalance[magnet-stock,2027] -1
 stockLevel[magnet-stock,2026] budgetTotal 0.002
 stockRelease[magnet-stock,2027] demand[2027] 1
 stockRelease[magnet-stock,2027] stockBalance[magnet-stock,2027] 1
 stockLevel[magnet-stock,2027] stockBalance[magnet-stock,2027] 1
 stockLevel[magnet-stock,2027] stockBalance[magnet-stock,2028] -1
 stockLevel[magnet-stock,2027] budgetTotal 0.002
 stockRelease[magnet-stock,2028] demand[2028] 1
 stockRelease[magnet-stock,2028] stockBalance[magnet-stock,2028] 1
 stockLevel[magnet-stock,2028] stockBalance[magnet-stock,2028] 1
 stockLevel[magnet-stock,2028] budgetTotal 0.002
 shortfall[magnet,magnet,2026] objective 333.3333333333333
 shortfall[magnet,magnet,2026] demand[2026] 1
 shortfall[magnet,magnet,2027] objective 333.3333333333333
 shortfall[magnet,magnet,2027] demand[2027] 1
 shortfall[magnet,magnet,2028] objective 333.3333333333333
 shortfall[magnet,magnet,2028] demand[2028] 1
RHS
 rhs demand[2026] 0.1
 rhs demand[2027] 0.1
 rhs demand[2028] 0.1
 rhs endToEndDependencyDefinition[2026] 0.1
 rhs endToEndDependencyDefinition[2027] 0.1
 rhs endToEndDependencyDefinition[2028] 0.1
 rhs budgetTotal 1
RANGES
BOUNDS
 UP bnd stockBuy[magnet-stock,2026] 0.04
 UP bnd stockBuy[magnet-stock,2027] 0.04
 UP bnd stockBuy[magnet-stock,2028] 0.04
 UP bnd chinaFree[magnet,magnet,2026] 0.03
 UP bnd endToEndDependency[2026] 1
 UP bnd chinaFree[magnet,magnet,2027] 0.03
 UP bnd endToEndDependency[2027] 1
 UP bnd chinaFree[magnet,magnet,2028] 0.03
 UP bnd endToEndDependency[2028] 1
 UP bnd stockLevel[magnet-stock,2026] 0.04
 UP bnd stockLevel[magnet-stock,2027] 0.04
 UP bnd stockLevel[magnet-stock,2028] 0.04
ENDATA
