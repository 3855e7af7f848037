console.log("CommunityPlanning");
