NAME golden-recycling-outputs
ROWS
 N objective
 L capacity[magnet,magnet,2026]
 L capacity[magnet,magnet,2027]
 G flowBalance[separation,ndpr,2026]
 G flowBalance[separation,dytb,2026]
 G flowBalance[separation,ndpr,2027]
 G flowBalance[separation,dytb,2027]
 G chinaFreeFlow[separation,ndpr,2026]
 G chinaFreeFlow[separation,dytb,2026]
 G chinaFreeFlow[separation,ndpr,2027]
 G chinaFreeFlow[separation,dytb,2027]
 G demand[2026]
 G demand[2027]
 E endToEndDependencyDefinition[2026]
 E endToEndDependencyDefinition[2027]
 L recyclingCapacity[swarf-recycler,2027]
 L budgetTotal
COLUMNS
 build[swarf-recycler,2026] recyclingCapacity[swarf-recycler,2027] -0.1
 build[swarf-recycler,2026] budgetTotal 0.05
 chinaFree[separation,ndpr,2026] flowBalance[separation,ndpr,2026] 1
 chinaFree[separation,ndpr,2026] chinaFreeFlow[separation,ndpr,2026] 1
 lastResort[separation,ndpr,2026] flowBalance[separation,ndpr,2026] 1
 chinaFree[separation,dytb,2026] flowBalance[separation,dytb,2026] 1
 chinaFree[separation,dytb,2026] chinaFreeFlow[separation,dytb,2026] 1
 lastResort[separation,dytb,2026] flowBalance[separation,dytb,2026] 1
 chinaFree[magnet,magnet,2026] capacity[magnet,magnet,2026] 1
 chinaFree[magnet,magnet,2026] flowBalance[separation,ndpr,2026] -0.32
 chinaFree[magnet,magnet,2026] flowBalance[separation,dytb,2026] -0.08
 chinaFree[magnet,magnet,2026] chinaFreeFlow[separation,ndpr,2026] -0.32
 chinaFree[magnet,magnet,2026] chinaFreeFlow[separation,dytb,2026] -0.08
 chinaFree[magnet,magnet,2026] demand[2026] 1
 chinaFree[magnet,magnet,2026] endToEndDependencyDefinition[2026] 1
 otherOrigin[magnet,magnet,2026] capacity[magnet,magnet,2026] 1
 otherOrigin[magnet,magnet,2026] flowBalance[separation,ndpr,2026] -0.32
 otherOrigin[magnet,magnet,2026] flowBalance[separation,dytb,2026] -0.08
 otherOrigin[magnet,magnet,2026] demand[2026] 1
 lastResort[magnet,magnet,2026] demand[2026] 1
 endToEndDependency[2026] objective 0.5
 endToEndDependency[2026] endToEndDependencyDefinition[2026] 1
 chinaFree[separation,ndpr,2027] flowBalance[separation,ndpr,2027] 1
 chinaFree[separation,ndpr,2027] chinaFreeFlow[separation,ndpr,2027] 1
 lastResort[separation,ndpr,2027] flowBalance[separation,ndpr,2027] 1
 chinaFree[separation,dytb,2027] flowBalance[separation,dytb,2027] 1
 chinaFree[separation,dytb,2027] chinaFreeFlow[separation,dytb,2027] 1
 lastResort[separation,dytb,2027] flowBalance[separation,dytb,2027] 1
 chinaFree[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 chinaFree[magnet,magnet,2027] flowBalance[separation,ndpr,2027] -0.32
 chinaFree[magnet,magnet,2027] flowBalance[separation,dytb,2027] -0.08
 chinaFree[magnet,magnet,2027] chinaFreeFlow[separation,ndpr,2027] -0.32
 chinaFree[magnet,magnet,2027] chinaFreeFlow[separation,dytb,2027] -0.08
 chinaFree[magnet,magnet,2027] demand[2027] 1
 chinaFree[magnet,magnet,2027] endToEndDependencyDefinition[2027] 1
 otherOrigin[magnet,magnet,2027] capacity[magnet,magnet,2027] 1
 otherOrigin[magnet,magnet,2027] flowBalance[separation,ndpr,2027] -0.32
 otherOrigin[magnet,magnet,2027] flowBalance[separation,dytb,2027] -0.08
 otherOrigin[magnet,magnet,2027] demand[2027] 1
 lastResort[magnet,magnet,2027] demand[2027] 1
 recycled[swarf-recycler,2027] flowBalance[separation,ndpr,2027] 0.8
 recycled[swarf-recycler,2027] flowBalance[separation,dytb,2027] 0.2
 recycled[swarf-recycler,2027] chinaFreeFlow[separation,ndpr,2027] 0.8
 recycled[swarf-recycler,2027] chinaFreeFlow[separation,dytb,2027] 0.2
 recycled[swarf-recycler,2027] recyclingCapacity[swarf-recycler,2027] 1
 endToEndDependency[2027] objective 0.5
 endToEndDependency[2027] endToEndDependencyDefinition[2027] 1
RHS
 rhs capacity[magnet,magnet,2026] 1
 rhs capacity[magnet,magnet,2027] 1
 rhs demand[2026] 1
 rhs demand[2027] 1
 rhs endToEndDependencyDefinition[2026] 1
 rhs endToEndDependencyDefinition[2027] 1
 rhs budgetTotal 1
RANGES
BOUNDS
 FX bnd chinaFree[separation,ndpr,2026] 0
 FX bnd chinaFree[separation,dytb,2026] 0
 UP bnd endToEndDependency[2026] 1
 FX bnd chinaFree[separation,ndpr,2027] 0
 FX bnd chinaFree[separation,dytb,2027] 0
 UP bnd recycled[swarf-recycler,2027] 0.08
 UP bnd endToEndDependency[2027] 1
ENDATA
