print("agtoken")
