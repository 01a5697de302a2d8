// Demo content for Tòa Soạn. All places, people, organisations and events below are fictional
// (tỉnh Sông Lam, thành phố Bến Cát Mới, ...); any resemblance to real persons is coincidental.

export type SeedBlock =
  | { p: string } // paragraph of body text
  | { h: string } // subheading
  | { quote: string } // block quotation (a person's words), without surrounding quote marks
  | { figure: { hue: number; label: string; alt: string; caption: string; credit: string } };
// hue: 0-359 colour for a generated placeholder illustration; label: 2-4 Vietnamese words drawn on the picture (e.g. "Cầu Phú Cường");
// alt: describes what the picture shows, for blind readers; caption: the newspaper caption (different from alt); credit: photographer e.g. "Ảnh: Minh Anh"

// Approved and rejected comments were moderated by the demo moderator some minutes after they came in
// (db/seed/demo.ts), so the desk's moderation figures have something to show; a rejection has its reason.
export type SeedComment = { name: string; body: string; status: 'approved' | 'pending' } | { name: string; body: string; status: 'rejected'; reason: string };

export type SeedArticle = {
  section: 'thoi-su' | 'chinh-tri' | 'kinh-te' | 'xa-hoi' | 'van-hoa' | 'the-thao' | 'giao-duc' | 'suc-khoe';
  title: string;
  lead: string; // the sapo: 1-3 sentences, WITHOUT any dateline prefix (the app adds "TS.VN - ")
  credit: string; // newsroom credit line, exactly one of these forms: "Tin, ảnh: <Tên>", "Bài, ảnh: <Tên>", "Bài: <Tên>", "Tin: <Tên>", "Bài: <Tên> - Ảnh: <Tên>"
  tags: string[]; // 2-4 Vietnamese tags
  hoursAgo: number; // how long ago it was published, distinct values between 1 and 240
  body: SeedBlock[];
  comments?: SeedComment[];
};

export const seedArticles: SeedArticle[] = [
  {
    section: 'the-thao',
    title: "Hơn 5.000 vận động viên tranh tài giải marathon “Qua cầu Phú Cường”",
    lead: "Sáng nay, giải chạy Marathon Bến Cát Mới lần thứ ba với chủ đề “Qua cầu Phú Cường” đã diễn ra sôi nổi, thu hút hơn 5.000 vận động viên chuyên nghiệp và phong trào trong và ngoài tỉnh tham gia.",
    credit: "Tin, ảnh: Tuấn Kiệt",
    tags: ["Marathon", "Chạy bộ", "Cầu Phú Cường Mới"],
    hoursAgo: 5,
    body: [
      { p: "Giải có bốn cự ly 5 km, 10 km, 21 km và 42 km. Đường chạy đi qua nhiều công trình, cảnh quan tiêu biểu của thành phố như công viên bờ sông, đình Tân Hòa và đặc biệt là cầu Phú Cường Mới vừa được khánh thành." },
      { figure: { hue: 5, label: "Marathon Bến Cát Mới", alt: "Hàng nghìn người mặc áo chạy nhiều màu chen nhau xuất phát dưới một cổng hơi lớn, bầu trời vừa hửng sáng.", caption: "Các vận động viên cự ly 42 km xuất phát lúc 4 giờ 30 phút.", credit: "Ảnh: Tuấn Kiệt" } },
      { p: "Ở cự ly 42 km nam, vận động viên Lâm Hữu Phát (CLB Chạy bộ Bến Cát Mới) về nhất với thành tích 2 giờ 38 phút 12 giây. Nội dung nữ thuộc về Nguyễn Thị Thùy Dung, đến từ tỉnh bạn, với thời gian 3 giờ 5 phút." },
      { p: "Bên cạnh các vận động viên chuyên nghiệp, giải còn có sự góp mặt của nhiều gia đình và người cao tuổi. Cụ ông Hồ Văn Lộc, 76 tuổi, hoàn thành cự ly 10 km trong tiếng vỗ tay của khán giả: “Tôi chạy bộ mỗi sáng đã hơn 20 năm. Được chạy qua cây cầu mới của quê mình, tôi thấy tự hào lắm”." },
      { p: "Ban tổ chức trích 200 triệu đồng từ nguồn thu của giải để ủng hộ Quỹ Khuyến học tỉnh. Lực lượng y tế, công an và thanh niên tình nguyện được bố trí dọc đường chạy, bảo đảm an toàn cho vận động viên." },
    ],
    comments: [
      { name: "Nguyễn Đăng Khoa", body: "Lần đầu chạy 21 km qua cầu lúc bình minh, cảnh đẹp tuyệt vời. Hẹn mùa sau!", status: 'approved' },
      { name: "Độc giả Bến Cát Mới", body: "Khâu trả đồ gửi sau khi về đích hơi chậm, mong ban tổ chức rút kinh nghiệm.", status: 'pending' },
      { name: "Khách", body: "Nhận chạy hộ cự ly 42 km lấy huy chương, giá rẻ, inbox em nhé!", status: 'rejected', reason: "Quảng cáo, không liên quan nội dung bài" },
    ],
  },
  {
    section: 'kinh-te',
    title: "Lúa hè thu được giá, nông dân Phước Điền thu lãi khá",
    lead: "Những ngày này, nông dân huyện Phước Điền đang tất bật thu hoạch lúa hè thu. Năng suất bình quân đạt hơn 6 tấn/ha, giá lúa tươi tại ruộng dao động 7.200 - 7.800 đồng/kg, cao hơn cùng kỳ năm trước.",
    credit: "Tin, ảnh: Quốc Bảo",
    tags: ["Lúa hè thu", "Nông nghiệp", "Phước Điền"],
    hoursAgo: 9,
    body: [
      { p: "Trên cánh đồng ấp Hòa Lợi, xã Phước Thạnh, những chiếc máy gặt đập liên hợp hoạt động liên tục từ sáng sớm. Thương lái đậu ghe chờ sẵn ở bờ kênh, lúa vừa gặt xong là cân ngay tại ruộng. Toàn huyện có hơn 18.500 ha lúa hè thu, đến nay đã thu hoạch khoảng 60% diện tích." },
      { figure: { hue: 48, label: "Mùa gặt Phước Điền", alt: "Máy gặt đập liên hợp màu đỏ đang chạy giữa cánh đồng lúa chín vàng, phía xa có vài nông dân đội nón lá.", caption: "Thu hoạch lúa hè thu trên cánh đồng xã Phước Thạnh.", credit: "Ảnh: Quốc Bảo" } },
      { p: "Ông Lê Văn Tám, nông dân xã Phước Thạnh, cho biết gia đình ông gieo sạ 3 ha giống lúa thơm, năng suất đạt gần 6,5 tấn/ha. “Trừ tiền phân, thuốc, tiền thuê máy, mỗi công ruộng tôi lời hơn 2,5 triệu đồng. Vụ này được mùa lại được giá nên bà con ai cũng vui”, ông Tám nói." },
      { p: "Theo Phòng Nông nghiệp huyện Phước Điền, giá lúa tăng nhờ nhu cầu xuất khẩu gạo thơm ổn định. Vụ này, huyện triển khai mô hình cánh đồng lớn liên kết với doanh nghiệp trên diện tích 2.300 ha; nông dân được bao tiêu đầu ra với giá cao hơn thị trường 200 - 300 đồng/kg." },
      { p: "Tuy vậy, ngành nông nghiệp khuyến cáo bà con thu hoạch dứt điểm trước khi lũ về, đồng thời phơi sấy đúng kỹ thuật để giữ chất lượng hạt gạo, tránh bị ép giá." },
    ],
    comments: [
      { name: "Út Hiền", body: "Nhà tôi ở Phước Thạnh, năm nay lúa trúng thật. Chỉ mong giá phân bón đừng tăng nữa.", status: 'approved' },
      { name: "Nguyễn Thành Nam", body: "Mô hình cánh đồng lớn nên nhân rộng ra các xã khác, nông dân đỡ phải lo đầu ra.", status: 'pending' },
    ],
  },
  {
    section: 'xa-hoi',
    title: "Sông Lam chủ động ứng phó mùa mưa bão, sẵn sàng sơ tán hơn 12.000 hộ dân",
    lead: "Trước dự báo mùa mưa bão năm nay diễn biến phức tạp, tỉnh Sông Lam đã rà soát phương án, chuẩn bị lực lượng, phương tiện theo phương châm “bốn tại chỗ”, sẵn sàng sơ tán dân khỏi vùng nguy hiểm.",
    credit: "Bài: Đức Trọng - Ảnh: Văn Khoa",
    tags: ["Phòng chống thiên tai", "Mưa bão", "Hải Lam"],
    hoursAgo: 14,
    body: [
      { p: "Theo Ban Chỉ huy Phòng chống thiên tai và Tìm kiếm cứu nạn tỉnh, toàn tỉnh hiện có 37 điểm có nguy cơ sạt lở bờ sông và 14 khu dân cư thấp trũng thường xuyên bị ngập sâu. Các địa phương đã lập danh sách hơn 12.000 hộ dân cần sơ tán khi có bão mạnh hoặc lũ lớn, bố trí nơi ở tạm tại trường học, trụ sở cơ quan." },
      { h: "Diễn tập sát thực tế" },
      { p: "Mới đây, tại xã ven biển Hải Thịnh, huyện Hải Lam, tỉnh tổ chức diễn tập ứng phó bão mạnh kết hợp triều cường với sự tham gia của hơn 500 người. Các tình huống sơ tán người già, trẻ em, cứu hộ tàu cá bị nạn, khắc phục sự cố lưới điện được xử lý nhanh chóng, đúng quy trình." },
      { figure: { hue: 190, label: "Diễn tập cứu hộ", alt: "Bộ đội mặc áo phao màu cam dùng xuồng máy đưa một người dân vào bờ trên dòng nước đục.", caption: "Lực lượng vũ trang huyện Hải Lam diễn tập cứu hộ người dân vùng ngập.", credit: "Ảnh: Văn Khoa" } },
      { p: "Ông Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh, yêu cầu các địa phương không được chủ quan, kiểm tra kỹ hệ thống đê bao, cống, trạm bơm; kiên quyết di dời người dân ra khỏi khu vực nguy hiểm khi có lệnh. Tàu cá phải trang bị đủ thiết bị liên lạc, giữ kết nối thường xuyên với bờ." },
      { p: "Ngành điện lực đã cắt tỉa cây xanh gần đường dây, kiểm tra các trạm biến áp ở vùng trũng. Ngành y tế chuẩn bị sẵn cơ số thuốc, hóa chất xử lý nước để phòng dịch bệnh sau lũ." },
      { p: "Người dân có thể theo dõi thông tin cảnh báo thiên tai trên cổng thông tin điện tử của tỉnh, hệ thống loa truyền thanh cơ sở hoặc gọi đường dây nóng của Ban Chỉ huy khi cần hỗ trợ." },
    ],
    comments: [
      { name: "Lê Thị Mai", body: "Xóm tôi ở Hải Thịnh năm nào cũng ngập, năm nay thấy xã chuẩn bị kỹ hơn nên cũng yên tâm phần nào.", status: 'approved' },
      { name: "Độc giả Hải Lam", body: "Đề nghị báo đăng số đường dây nóng để bà con tiện lưu vào điện thoại.", status: 'pending' },
      { name: "Người qua đường", body: "Năm nào cũng họp rồi hứa, toàn một lũ ăn hại.", status: 'rejected', reason: "Lời lẽ xúc phạm" },
    ],
  },
  {
    section: 'the-thao',
    title: "CLB Bến Cát Mới thắng ngược kịch tính, vươn lên tốp 3 giải hạng Nhất",
    lead: "Trên sân vận động tỉnh tối qua, CLB Bến Cát Mới đã vượt qua CLB Trường Giang với tỷ số 2-1 ở vòng 3 giải bóng đá hạng Nhất, qua đó vươn lên vị trí thứ ba trên bảng xếp hạng.",
    credit: "Bài: Tuấn Kiệt - Ảnh: Gia Huy",
    tags: ["Bóng đá", "CLB Bến Cát Mới", "Hạng Nhất"],
    hoursAgo: 16,
    body: [
      { p: "Được tiếp sức bởi gần 12.000 cổ động viên, đội chủ nhà nhập cuộc hứng khởi nhưng lại để đối phương vượt lên dẫn trước ở phút 23. Từ một pha phản công nhanh, tiền đạo Lê Quang Hiếu của Trường Giang thoát xuống dứt điểm chéo góc, đánh bại thủ thành Trịnh Minh Khôi." },
      { h: "Bước ngoặt sau giờ nghỉ" },
      { p: "Sang hiệp hai, huấn luyện viên Bùi Đức Thịnh tung tiền vệ trẻ Hồ Anh Khoa vào sân để tăng khả năng kiểm soát bóng. Sự điều chỉnh nhanh chóng phát huy hiệu quả khi ở phút 58, chính Anh Khoa có đường chuyền dọn cỗ để Tô Minh Nhật băng vào ghi bàn gỡ hòa 1-1." },
      { p: "Đội chủ nhà tiếp tục dồn ép và được đền đáp ở phút 81. Từ quả phạt góc bên cánh trái, trung phong Phan Thành Lộc bật cao đánh đầu tung lưới, mang về chiến thắng trong sự vỡ òa của khán đài." },
      { figure: { hue: 120, label: "Sân vận động tỉnh", alt: "Cầu thủ áo xanh lá bật cao đánh đầu trước khung thành, thủ môn áo trắng vươn tay cản phá, khán đài phía sau kín người.", caption: "Phan Thành Lộc (số 9) đánh đầu ấn định chiến thắng 2-1 cho đội chủ nhà.", credit: "Ảnh: Gia Huy" } },
      { p: "Sau trận, huấn luyện viên Bùi Đức Thịnh chia sẻ: “Các cầu thủ đã thi đấu với tinh thần không bỏ cuộc. Chiến thắng này xin dành tặng cổ động viên, những người luôn sát cánh cùng đội”." },
      { p: "Với 7 điểm sau 3 trận, CLB Bến Cát Mới tạm đứng thứ ba, kém đội đầu bảng 2 điểm. Ở vòng đấu tới, đội sẽ làm khách trên sân của CLB Phù Sa vào chiều thứ Bảy tuần sau." },
    ],
  },
  {
    section: 'chinh-tri',
    title: "HĐND tỉnh Sông Lam thông qua 12 nghị quyết tại kỳ họp chuyên đề",
    lead: "Chiều qua, kỳ họp thứ 14 (kỳ họp chuyên đề) HĐND tỉnh Sông Lam khóa X đã bế mạc sau hai ngày làm việc khẩn trương. Các đại biểu thống nhất thông qua 12 nghị quyết, trong đó có điều chỉnh kế hoạch đầu tư công và chính sách hỗ trợ hợp tác xã nông nghiệp.",
    credit: "Bài: Hoàng Phúc - Ảnh: Thanh Tâm",
    tags: ["HĐND tỉnh", "Kỳ họp", "Nghị quyết"],
    hoursAgo: 20,
    body: [
      { p: "Tại kỳ họp, HĐND tỉnh đã nghe báo cáo tình hình kinh tế - xã hội 8 tháng đầu năm. Theo UBND tỉnh, tổng sản phẩm trên địa bàn (GRDP) ước tăng 7,2%, thu ngân sách đạt 71% dự toán; riêng giải ngân vốn đầu tư công mới đạt 48% kế hoạch, là vấn đề được nhiều đại biểu quan tâm." },
      { figure: { hue: 0, label: "Kỳ họp HĐND tỉnh", alt: "Hội trường lớn với nhiều hàng ghế đại biểu, phía trên sân khấu có băng rôn đỏ và lẵng hoa tươi.", caption: "Các đại biểu biểu quyết thông qua nghị quyết tại phiên bế mạc.", credit: "Ảnh: Thanh Tâm" } },
      { h: "Chất vấn thẳng thắn, trả lời cầu thị" },
      { p: "Phiên chất vấn diễn ra sôi nổi với các vấn đề cử tri quan tâm như tiến độ giải ngân vốn đầu tư công, tình trạng sạt lở bờ sông, ô nhiễm môi trường tại một số cụm công nghiệp. Giám đốc các sở liên quan đã trực tiếp trả lời, nhận trách nhiệm và cam kết giải pháp khắc phục cụ thể." },
      { p: "Đại biểu Phạm Văn Lực (tổ đại biểu huyện Phước Điền) đề nghị làm rõ lộ trình xử lý điểm sạt lở tại xã Phước Hưng, nơi hàng chục hộ dân phải di dời khẩn cấp trong mùa mưa năm ngoái. Đại diện UBND tỉnh cho biết công trình kè chống sạt lở dài 1,2 km sẽ khởi công trong tháng 12 tới." },
      { p: "Kỳ họp đã thông qua nghị quyết điều chỉnh kế hoạch đầu tư công năm nay với tổng vốn hơn 6.800 tỷ đồng; nghị quyết hỗ trợ phát triển hợp tác xã nông nghiệp; quy định mức hỗ trợ học sinh vùng đặc biệt khó khăn cùng nhiều nội dung quan trọng khác. Phát biểu bế mạc kỳ họp, bà Lê Thị Thu Hà, Chủ tịch HĐND tỉnh, nhấn mạnh:" },
      { quote: "Mỗi nghị quyết chỉ thực sự có ý nghĩa khi đi vào cuộc sống. Đề nghị các cấp, các ngành khẩn trương cụ thể hóa và tổ chức thực hiện ngay, không để người dân phải chờ đợi." },
    ],
    comments: [
      { name: "Trần Minh Khoa", body: "Mong nghị quyết hỗ trợ hợp tác xã sớm có hướng dẫn, bà con nông dân chờ lâu rồi.", status: 'approved' },
      { name: "Độc giả Phước Hưng", body: "Kè sạt lở ở Phước Hưng đề nghị làm sớm, mùa mưa tới bà con lại nơm nớp lo.", status: 'pending' },
    ],
  },
  {
    section: 'suc-khoe',
    title: "Bệnh viện Đa khoa tỉnh làm chủ kỹ thuật lấy huyết khối điều trị đột quỵ",
    lead: "Bệnh viện Đa khoa tỉnh Sông Lam vừa triển khai thành công kỹ thuật can thiệp lấy huyết khối cơ học cho bệnh nhân đột quỵ nhồi máu não. Người bệnh trong tỉnh không còn phải chuyển lên tuyến trên, giảm nguy cơ tử vong và di chứng.",
    credit: "Bài: Khánh Linh - Ảnh: Bảo Ngọc",
    tags: ["Đột quỵ", "Y tế", "Kỹ thuật mới"],
    hoursAgo: 26,
    body: [
      { p: "Bệnh nhân đầu tiên được can thiệp là ông N.V.T. (61 tuổi, ngụ huyện Tân Hòa), nhập viện trong tình trạng yếu nửa người bên phải, nói khó. Kết quả chụp cắt lớp cho thấy ông bị tắc động mạch não giữa. Chỉ sau 45 phút can thiệp, mạch máu được tái thông hoàn toàn; ba ngày sau, ông đã tự đi lại và nói chuyện rõ ràng." },
      { figure: { hue: 180, label: "Can thiệp đột quỵ", alt: "Các bác sĩ mặc áo chì, đeo khẩu trang thao tác bên giường bệnh trong phòng can thiệp, phía trên là màn hình hiển thị hình ảnh mạch máu não.", caption: "Ê-kíp Khoa Tim mạch can thiệp thực hiện một ca lấy huyết khối.", credit: "Ảnh: Bảo Ngọc" } },
      { h: "“Thời gian là não”" },
      { p: "Theo BSCKII Lâm Thanh Tùng, Trưởng khoa Tim mạch can thiệp, để triển khai kỹ thuật này, bệnh viện đã cử 6 bác sĩ, điều dưỡng đi đào tạo chuyên sâu tại bệnh viện tuyến trung ương, đồng thời đầu tư hệ thống chụp mạch số hóa xóa nền (DSA) hiện đại. Bác sĩ Tùng khuyến cáo:" },
      { quote: "Với đột quỵ, mỗi phút trôi qua có khoảng 2 triệu tế bào não chết đi. Thấy người nhà méo miệng, yếu tay chân, nói khó thì phải đưa ngay đến bệnh viện, tuyệt đối không cạo gió hay chích máu đầu ngón tay." },
      { p: "Trước đây, bệnh nhân đột quỵ trong tỉnh phải chuyển lên tuyến trên cách hơn 150 km, nhiều trường hợp đến nơi đã quá “thời gian vàng”. Từ đầu tháng đến nay, bệnh viện đã can thiệp thành công cho 11 người bệnh; phần lớn chi phí được bảo hiểm y tế chi trả." },
      { p: "Bệnh viện đã thiết lập quy trình báo động đỏ nội viện, ê-kíp đột quỵ trực 24/24 giờ. Người dân cần cấp cứu có thể gọi số 115 hoặc đường dây nóng của bệnh viện." },
    ],
    comments: [
      { name: "Phạm Thị Thu", body: "Tin vui cho người dân tỉnh mình. Năm ngoái ba tôi bị đột quỵ phải chuyển lên thành phố, may mà kịp.", status: 'approved' },
      { name: "Anh Tuấn - Tân Hòa", body: "Xin hỏi kỹ thuật này bảo hiểm y tế chi trả bao nhiêu phần trăm ạ?", status: 'pending' },
      { name: "Độc giả", body: "Số điện thoại riêng của bác sĩ trưởng khoa là 0912 xxx xxx, ai cần cứ gọi thẳng.", status: 'rejected', reason: "Đăng thông tin cá nhân của người khác" },
      { name: "Bác sĩ Hữu Nghĩa", body: "Chúc mừng các đồng nghiệp. Bà con nhớ giúp: méo miệng, yếu tay chân là phải đi viện ngay.", status: 'approved' },
    ],
  },
  {
    section: 'kinh-te',
    title: "Lô bưởi da xanh đầu tiên của Sông Lam xuất khẩu sang châu Âu",
    lead: "Công ty TNHH Nông sản Lam Xanh vừa xuất khẩu 18 tấn bưởi da xanh sang Hà Lan. Đây là lô bưởi đầu tiên của tỉnh đáp ứng đầy đủ các tiêu chuẩn khắt khe của thị trường châu Âu.",
    credit: "Bài, ảnh: Ngọc Hân",
    tags: ["Xuất khẩu", "Bưởi da xanh", "Nông sản"],
    hoursAgo: 30,
    body: [
      { p: "Lễ xuất hàng được tổ chức tại nhà máy đóng gói của công ty ở cụm công nghiệp An Phú, thị xã An Phú Mới. Toàn bộ số bưởi được thu mua từ vùng trồng 120 ha của Hợp tác xã Bưởi Tân Hòa, đã được cấp mã số vùng trồng và chứng nhận GlobalGAP." },
      { figure: { hue: 100, label: "Bưởi da xanh", alt: "Công nhân đeo găng tay xếp những quả bưởi vỏ xanh vào thùng các-tông trên băng chuyền trong nhà xưởng.", caption: "Đóng gói bưởi da xanh trước khi xuất sang Hà Lan.", credit: "Ảnh: Ngọc Hân" } },
      { p: "Bà Võ Thị Kim Ngân, Giám đốc Công ty TNHH Nông sản Lam Xanh, cho biết để có lô hàng này, doanh nghiệp đã mất gần hai năm cùng hợp tác xã chuẩn hóa quy trình canh tác, ghi nhật ký đồng ruộng và kiểm soát dư lượng thuốc bảo vệ thực vật." },
      { quote: "Thị trường châu Âu rất khó tính nhưng giá bán cao gấp đôi trong nước. Chúng tôi đã ký hợp đồng cung cấp 300 tấn bưởi trong năm tới và đang chuẩn bị mở rộng sang thị trường Anh." },
      { p: "Ông Huỳnh Văn Lợi, Giám đốc Hợp tác xã Bưởi Tân Hòa, phấn khởi cho biết nhờ liên kết với doanh nghiệp, bưởi của xã viên được bao tiêu ổn định ở mức 35.000 đồng/kg, cao hơn giá thương lái khoảng 20%." },
      { p: "Theo Sở Công Thương, tỉnh Sông Lam hiện có hơn 4.500 ha bưởi, trong đó 850 ha đạt tiêu chuẩn VietGAP hoặc GlobalGAP. Năm nay, kim ngạch xuất khẩu trái cây của tỉnh ước đạt 62 triệu USD, tăng 18% so với năm trước." },
    ],
  },
  {
    section: 'kinh-te',
    title: "Ngày hội khởi nghiệp Sông Lam: 40 dự án trẻ tìm nhà đầu tư",
    lead: "Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh Sông Lam năm nay quy tụ 40 dự án của thanh niên, sinh viên và doanh nghiệp nhỏ, nhiều sản phẩm gắn với nông sản địa phương và chuyển đổi số.",
    credit: "Bài, ảnh: Ngọc Hân",
    tags: ["Khởi nghiệp", "Đổi mới sáng tạo", "Thanh niên"],
    hoursAgo: 50,
    body: [
      { p: "Ngày hội do Sở Khoa học và Công nghệ phối hợp với Tỉnh đoàn và Trường Đại học Sông Lam tổ chức tại Trung tâm Hội nghị tỉnh. Ngoài khu trưng bày sản phẩm, chương trình còn có phiên kết nối đầu tư, tọa đàm về gọi vốn và bảo hộ sở hữu trí tuệ." },
      { figure: { hue: 270, label: "Ngày hội khởi nghiệp", alt: "Nhiều bạn trẻ đứng quanh các gian hàng bày sản phẩm đóng gói, một cô gái cầm máy tính bảng giới thiệu cho khách tham quan.", caption: "Các bạn trẻ giới thiệu sản phẩm khởi nghiệp với nhà đầu tư.", credit: "Ảnh: Ngọc Hân" } },
      { p: "Gây chú ý là thiết bị cảm biến đo độ mặn cho ruộng lúa của nhóm sinh viên Trường Đại học Sông Lam. Thiết bị có giá khoảng 1,5 triệu đồng, tự động gửi cảnh báo qua điện thoại khi nước kênh nhiễm mặn vượt ngưỡng." },
      { p: "Trưởng nhóm Lương Gia Bảo chia sẻ: “Ba mẹ em làm ruộng, năm nào cũng lo mặn xâm nhập. Tụi em muốn làm ra thiết bị rẻ, dễ dùng để nông dân nào cũng mua được”. Dự án đã nhận cam kết đầu tư 500 triệu đồng từ một quỹ khởi nghiệp." },
      { p: "Nhiều sản phẩm như bưởi sấy dẻo, cà phê Đắk Lam rang mộc, nước mắm truyền thống Hải Lam có bao bì bắt mắt, truy xuất nguồn gốc bằng mã QR và đã lên các sàn thương mại điện tử. Ông Kiều Văn Hậu, Giám đốc Sở Khoa học và Công nghệ, cho biết:" },
      { quote: "Tỉnh sẽ hỗ trợ không hoàn lại đến 300 triệu đồng cho mỗi dự án khởi nghiệp tiềm năng, đồng thời hỗ trợ ươm tạo, kết nối thị trường. Chúng tôi mong mỗi năm có thêm ít nhất 20 doanh nghiệp khởi nghiệp ra đời." },
      { p: "Kết thúc ngày hội, ban tổ chức trao giải nhất cho dự án cảm biến độ mặn, giải nhì cho dự án cà phê Đắk Lam và giải ba cho dự án nước mắm truyền thống Hải Lam." },
    ],
  },
  {
    section: 'suc-khoe',
    title: "Tiêm vắc xin sởi - rubella cho hơn 46.000 trẻ",
    lead: "Ngành y tế tỉnh Sông Lam vừa triển khai chiến dịch tiêm bổ sung vắc xin sởi - rubella cho hơn 46.000 trẻ từ 1 đến 5 tuổi, nhằm chủ động phòng dịch khi số ca sốt phát ban có xu hướng tăng.",
    credit: "Tin: Khánh Linh",
    tags: ["Tiêm chủng", "Sởi", "Trẻ em"],
    hoursAgo: 76,
    body: [
      { p: "Chiến dịch được tổ chức tại 118 trạm y tế xã, phường và các điểm tiêm lưu động ở thôn, bản xa. Theo Trung tâm Kiểm soát bệnh tật (CDC) tỉnh, chiến dịch kéo dài đến hết tháng, ưu tiên các xã có tỷ lệ tiêm chủng thấp và khu vực đông công nhân nhập cư." },
      { figure: { hue: 160, label: "Tiêm chủng cho trẻ", alt: "Nữ nhân viên y tế đeo khẩu trang tiêm vào cánh tay một em bé đang ngồi trong lòng mẹ.", caption: "Tiêm vắc xin sởi - rubella tại Trạm Y tế phường Tân An.", credit: "Ảnh: Bảo Ngọc" } },
      { p: "Tại Trạm Y tế phường Tân An, thành phố Bến Cát Mới, từ sáng sớm nhiều phụ huynh đã đưa con đến tiêm. Chị Đỗ Thị Hằng, công nhân một khu công nghiệp, cho biết: “Nghe loa phường thông báo, tôi xin nghỉ buổi sáng đưa bé đi tiêm cho yên tâm. Cán bộ y tế khám sàng lọc rất kỹ”." },
      { p: "Bác sĩ Mai Xuân Đông, Giám đốc CDC tỉnh, cho biết sởi lây qua đường hô hấp, rất dễ lây lan và có thể gây biến chứng nặng như viêm phổi, viêm não. Tiêm vắc xin đủ mũi, đúng lịch là biện pháp phòng bệnh hiệu quả nhất." },
      { p: "Sau khi tiêm, trẻ được theo dõi 30 phút tại điểm tiêm và tiếp tục theo dõi tại nhà ít nhất 24 giờ. Nếu trẻ sốt cao, quấy khóc kéo dài, phát ban hay khó thở, phụ huynh cần đưa trẻ đến cơ sở y tế gần nhất." },
    ],
    comments: [
      { name: "Mẹ bé Na", body: "Cho hỏi bé nhà em 4 tuổi đã tiêm đủ 2 mũi sởi rồi thì có cần tiêm thêm không ạ?", status: 'pending' },
      { name: "Võ Hoàng Yến", body: "Trạm y tế phường tôi làm rất chu đáo, có cả góc chờ cho các bé.", status: 'pending' },
    ],
  },
  {
    section: 'giao-duc',
    title: "Trao 250 suất học bổng “Tiếp sức đến trường” cho học sinh vùng khó",
    lead: "Quỹ Khuyến học tỉnh Sông Lam phối hợp với các doanh nghiệp vừa trao 250 suất học bổng, tổng trị giá 750 triệu đồng, cho học sinh nghèo vượt khó ở huyện miền núi Đắk Lam và các xã vùng sâu.",
    credit: "Tin: Hải Yến",
    tags: ["Học bổng", "Khuyến học", "Đắk Lam"],
    hoursAgo: 100,
    body: [
      { p: "Mỗi suất học bổng trị giá 3 triệu đồng, kèm theo xe đạp, cặp sách và đồ dùng học tập. Phần lớn các em nhận học bổng là con em đồng bào dân tộc thiểu số ở các xã Đắk Tơ Lan, Đắk Pơ Ning, có thành tích học tập khá, giỏi dù gia cảnh đặc biệt khó khăn." },
      { figure: { hue: 25, label: "Học bổng Đắk Lam", alt: "Các em học sinh mặc đồng phục đứng thành hàng trên sân khấu, mỗi em cầm một tấm bảng học bổng, bên cạnh là những chiếc xe đạp mới.", caption: "Học sinh huyện Đắk Lam nhận học bổng và xe đạp trong ngày đầu năm học.", credit: "Ảnh: Hải Yến" } },
      { p: "Em Y Blin, học sinh lớp 9 Trường Phổ thông Dân tộc bán trú Đắk Tơ Lan, nhà cách trường gần 8 km đường đèo. Mồ côi cha từ nhỏ, em vẫn nhiều năm liền là học sinh giỏi. “Có xe đạp mới, con không phải đi bộ từ lúc trời còn tối nữa. Sau này con muốn làm thầy giáo về dạy ở buôn”, Y Blin rụt rè nói." },
      { p: "Ông Đinh Công Sơn, Chủ tịch Hội Khuyến học tỉnh, cho biết chương trình đã duy trì 12 năm, trao hơn 2.600 suất học bổng. Nhiều em từng nhận học bổng nay đã tốt nghiệp đại học, trở về công tác tại quê nhà. Ông nhắn gửi các em:" },
      { quote: "Học bổng không lớn, nhưng là lời nhắn rằng các em không đơn độc. Chỉ cần các em còn muốn đến trường, cả xã hội sẽ cùng tiếp sức." },
      { p: "Dịp này, Công ty CP Xây dựng Đại Phát trao tặng huyện Đắk Lam hai điểm trường mầm non với tổng kinh phí 1,4 tỷ đồng, dự kiến đưa vào sử dụng trong học kỳ II." },
    ],
    comments: [
      { name: "Cô giáo Hạnh", body: "Tôi dạy ở Đắk Tơ Lan, nhiều em đi học vất vả lắm. Cảm ơn các nhà hảo tâm rất nhiều.", status: 'approved' },
      { name: "Trần Quang Vinh", body: "Cho hỏi doanh nghiệp muốn đóng góp thì liên hệ Hội Khuyến học ở đâu ạ?", status: 'pending' },
    ],
  },
  {
    section: 'giao-duc',
    title: "Hơn 280.000 học sinh Sông Lam hân hoan bước vào năm học mới",
    lead: "Sáng 5-9, hơn 280.000 học sinh các cấp trên địa bàn tỉnh Sông Lam đồng loạt dự lễ khai giảng. Năm nay, toàn tỉnh có thêm 3 trường học mới và 126 phòng học được xây dựng, nâng cấp.",
    credit: "Bài: Thu Trang - Ảnh: Gia Huy",
    tags: ["Khai giảng", "Năm học mới", "Giáo dục"],
    hoursAgo: 130,
    body: [
      { p: "Tại Trường THCS Phú Cường, ngôi trường vừa được xây mới với 24 phòng học, phòng thí nghiệm và thư viện hiện đại, không khí ngày khai trường rộn ràng từ sáng sớm. Các em học sinh lớp 6 lần đầu bước vào trường mới, ai cũng háo hức xen lẫn bỡ ngỡ." },
      { figure: { hue: 210, label: "Ngày khai trường", alt: "Học sinh mặc áo trắng, quàng khăn đỏ xếp hàng ngay ngắn trên sân trường, tay cầm bóng bay nhiều màu.", caption: "Học sinh Trường THCS Phú Cường trong lễ khai giảng.", credit: "Ảnh: Gia Huy" } },
      { p: "Em Nguyễn Ngọc Bảo Trâm, học sinh lớp 6A1, hào hứng: “Trường mới rộng và đẹp lắm, có cả phòng tin học với máy tính mới. Con hứa sẽ học thật giỏi để ba mẹ vui”." },
      { p: "Dự lễ khai giảng tại Trường THPT chuyên Bến Cát Mới, bà Ngô Thị Minh Nguyệt, Phó Chủ tịch UBND tỉnh, đánh trống khai trường và trao thưởng cho các học sinh đạt giải quốc gia. Bà đề nghị ngành giáo dục tiếp tục nâng cao chất lượng dạy học, chú trọng kỹ năng sống và ngoại ngữ." },
      { p: "Ông Võ Thành Đạt, Giám đốc Sở Giáo dục và Đào tạo, cho biết ngành còn thiếu khoảng 400 giáo viên, chủ yếu các môn tin học, tiếng Anh, nghệ thuật; tỉnh đang tuyển dụng bổ sung và hợp đồng giáo viên để bảo đảm dạy đủ môn. Ông khẳng định:" },
      { quote: "Năm học này, chúng tôi đặt mục tiêu không để học sinh nào phải bỏ học vì hoàn cảnh khó khăn và không để lớp học nào thiếu giáo viên." },
      { p: "Năm học mới, ngành giáo dục tỉnh đẩy mạnh chuyển đổi số, 100% trường học sử dụng sổ liên lạc điện tử và học bạ số." },
    ],
  },
  {
    section: 'van-hoa',
    title: "Hoàn thành trùng tu đình Tân Hòa, di tích hơn 200 năm tuổi",
    lead: "Sau gần hai năm thi công, công trình tu bổ, tôn tạo di tích kiến trúc nghệ thuật cấp tỉnh đình Tân Hòa đã hoàn thành và được bàn giao cho địa phương quản lý.",
    credit: "Bài: Hoài Nam - Ảnh: Minh Anh",
    tags: ["Di tích", "Trùng tu", "Đình Tân Hòa"],
    hoursAgo: 150,
    body: [
      { p: "Đình Tân Hòa được xây dựng vào đầu thế kỷ XIX, là nơi thờ Thành hoàng bổn cảnh và các vị tiền hiền có công lập làng. Qua thời gian, nhiều hạng mục của đình xuống cấp nghiêm trọng: mái ngói sụp lún, cột kèo bị mối mọt, các mảng chạm khắc bong tróc." },
      { figure: { hue: 30, label: "Đình Tân Hòa", alt: "Ngôi đình cổ mái ngói âm dương cong vút, hàng cột gỗ màu nâu sẫm, sân lát gạch đỏ với hai cây đa lớn hai bên.", caption: "Đình Tân Hòa sau khi được trùng tu.", credit: "Ảnh: Minh Anh" } },
      { p: "Công trình có tổng kinh phí gần 18 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa. Đơn vị thi công giữ nguyên kết cấu, vị trí, kiểu dáng kiến trúc gốc; tận dụng tối đa cấu kiện gỗ còn tốt, chỉ thay thế phần hư hỏng bằng gỗ cùng loại. Kiến trúc sư Tạ Quang Vũ, chủ trì thiết kế tu bổ, cho biết:" },
      { quote: "Nguyên tắc cao nhất của chúng tôi là tu bổ chứ không làm mới. Từng con sơn, từng mảng chạm rồng phượng đều được chụp ảnh, đo vẽ, đánh số trước khi tháo dỡ để phục dựng đúng như xưa." },
      { p: "Đặc biệt, bộ bao lam chạm lộng đề tài “tứ linh” có niên đại hơn 150 năm được các nghệ nhân làng mộc Phú Lương phục hồi tỉ mỉ trong suốt 8 tháng. Nhiều bô lão trong làng đến xem đều khen các chi tiết giống hệt nguyên bản." },
      { figure: { hue: 40, label: "Phục dựng bao lam", alt: "Một nghệ nhân lớn tuổi dùng đục và búa gỗ chạm tỉ mỉ lên tấm gỗ có hoa văn rồng mây.", caption: "Nghệ nhân làng mộc Phú Lương phục hồi bộ bao lam “tứ linh”.", credit: "Ảnh: Minh Anh" } },
      { p: "Theo Sở Văn hóa, Thể thao và Du lịch, sau trùng tu, đình Tân Hòa sẽ được đưa vào tuyến du lịch văn hóa kết nối với cầu Phú Cường Mới và các làng nghề truyền thống của tỉnh." },
    ],
  },
  {
    section: 'van-hoa',
    title: "Lễ hội Cầu Ngư làng biển Hải Thịnh thu hút hàng vạn người",
    lead: "Lễ hội Cầu Ngư xã Hải Thịnh, huyện Hải Lam, năm nay diễn ra trong ba ngày với nhiều nghi lễ truyền thống và hoạt động văn hóa, thể thao đặc sắc, thu hút hàng vạn người dân và du khách.",
    credit: "Bài, ảnh: Phương Thảo",
    tags: ["Lễ hội Cầu Ngư", "Văn hóa biển", "Hải Lam"],
    hoursAgo: 170,
    body: [
      { p: "Lễ hội Cầu Ngư là dịp để ngư dân tưởng nhớ các bậc tiền nhân có công khai phá làng biển, cầu mong mưa thuận gió hòa, ra khơi thuận lợi, đánh bắt được mùa. Lễ hội đã được công nhận là di sản văn hóa phi vật thể cấp tỉnh." },
      { figure: { hue: 15, label: "Rước kiệu Cầu Ngư", alt: "Đoàn người mặc áo dài, khăn đóng khiêng kiệu sơn son thếp vàng đi trên bãi cát, phía sau là những chiếc thuyền cắm cờ ngũ sắc.", caption: "Nghi thức rước kiệu từ biển về lăng Ông.", credit: "Ảnh: Phương Thảo" } },
      { p: "Điểm nhấn của lễ hội là nghi thức nghinh Ông trên biển. Hàng trăm tàu thuyền treo cờ hoa rực rỡ nối đuôi nhau ra khơi, tiếng trống chiêng vang dội cả một vùng biển. Sau phần lễ, các cụ cao niên trong làng trình diễn hát bả trạo, loại hình diễn xướng dân gian đặc trưng của cư dân vùng biển." },
      { p: "Phần hội diễn ra sôi nổi với các trò chơi dân gian như đua thuyền thúng, kéo co, bịt mắt bắt vịt trên bãi biển. Nhiều du khách từ thành phố Bến Cát Mới và các tỉnh lân cận thích thú hòa mình vào không khí lễ hội." },
      { figure: { hue: 195, label: "Đua thuyền thúng", alt: "Các thanh niên ngồi trong những chiếc thuyền thúng tròn ra sức chèo giữa sóng, trên bờ khán giả đứng xem đông đúc.", caption: "Hội đua thuyền thúng thu hút đông người cổ vũ.", credit: "Ảnh: Phương Thảo" } },
      { p: "Ông Lý Văn Tư, 74 tuổi, Trưởng ban quản lý lăng Ông Hải Thịnh, cho biết: “Lễ hội năm nay đông vui nhất từ trước tới giờ. Thấy lớp trẻ hăng hái học hát bả trạo, chúng tôi mừng vì nghề biển, lệ làng sẽ còn được gìn giữ”." },
    ],
  },
  {
    section: 'chinh-tri',
    title: "Họp mặt cán bộ hưu trí nhân dịp Quốc khánh 2-9",
    lead: "Tỉnh ủy Sông Lam vừa tổ chức họp mặt hơn 300 cán bộ lãnh đạo tỉnh qua các thời kỳ đã nghỉ hưu, nhân dịp kỷ niệm Cách mạng Tháng Tám và Quốc khánh 2-9. Đây là dịp để lãnh đạo tỉnh thông tin kết quả phát triển và lắng nghe những góp ý tâm huyết.",
    credit: "Tin, ảnh: Thanh Tâm",
    tags: ["Cán bộ hưu trí", "Tỉnh ủy", "Quốc khánh 2-9"],
    hoursAgo: 200,
    body: [
      { p: "Thay mặt Ban Thường vụ Tỉnh ủy, ông Hồ Minh Quang, Bí thư Tỉnh ủy, thông tin những kết quả nổi bật của tỉnh từ đầu năm: kinh tế tăng trưởng khá, nhiều công trình giao thông trọng điểm hoàn thành, tỷ lệ hộ nghèo giảm còn 1,8%. Ông bày tỏ lòng biết ơn các thế hệ cán bộ đã đặt nền móng cho sự phát triển của tỉnh hôm nay." },
      { figure: { hue: 350, label: "Họp mặt truyền thống", alt: "Các cụ ông, cụ bà tóc bạc ngồi quanh bàn tròn trải khăn trắng, trò chuyện vui vẻ, trên bàn có bình hoa và đĩa trái cây.", caption: "Các cán bộ hưu trí trò chuyện tại buổi họp mặt.", credit: "Ảnh: Thanh Tâm" } },
      { p: "Nhiều ý kiến của các cán bộ lão thành thẳng thắn, tâm huyết. Ông Phan Văn Bảy, nguyên Phó Chủ tịch UBND tỉnh, đề nghị tỉnh quan tâm hơn đến đào tạo cán bộ trẻ, đồng thời gìn giữ cảnh quan sông nước, bản sắc văn hóa trong quá trình đô thị hóa." },
      { p: "Bà Trương Thị Hoa, 82 tuổi, nguyên Chủ tịch Hội Liên hiệp Phụ nữ tỉnh, xúc động chia sẻ: “Năm nào được mời về họp mặt, gặp lại anh em đồng chí cũ, tôi cũng thấy mình trẻ ra. Nhìn quê mình đổi thay từng ngày, chúng tôi vui lắm”." },
      { p: "Tiếp thu các ý kiến, Bí thư Tỉnh ủy Hồ Minh Quang khẳng định những góp ý của các thế hệ đi trước là nguồn động viên lớn đối với tập thể lãnh đạo tỉnh:" },
      { quote: "Những góp ý của các đồng chí là tài sản quý. Tỉnh ủy sẽ tiếp thu đầy đủ và đưa vào chương trình hành động trong thời gian tới." },
      { p: "Dịp này, Tỉnh ủy đã thăm hỏi, tặng quà tận nhà 45 đồng chí tuổi cao, sức yếu không thể đến dự buổi họp mặt." },
    ],
  },
  {
    section: 'thoi-su',
    title: "Khánh thành cầu Phú Cường Mới, rút ngắn 15 km đường về trung tâm tỉnh",
    lead: "Chào mừng Quốc khánh 2-9, UBND tỉnh Sông Lam tổ chức lễ khánh thành cầu Phú Cường Mới bắc qua sông Lam, nối huyện Tân Hòa với thành phố Bến Cát Mới. Công trình có tổng mức đầu tư hơn 1.200 tỷ đồng, được kỳ vọng tạo động lực phát triển cho vùng phía bắc tỉnh.",
    credit: "Bài, ảnh: Minh Anh",
    tags: ["Cầu Phú Cường Mới", "Giao thông", "Tân Hòa"],
    hoursAgo: 216,
    body: [
      { p: "Cầu Phú Cường Mới dài 1.150 m, rộng 20,5 m với 4 làn xe cơ giới và 2 làn xe thô sơ, kết cấu dầm hộp bê tông cốt thép dự ứng lực. Sau gần 30 tháng thi công, công trình về đích sớm hơn kế hoạch 2 tháng. Cùng với cầu chính, dự án còn xây mới 6,8 km đường dẫn hai đầu cầu và nút giao với quốc lộ." },
      { figure: { hue: 205, label: "Cầu Phú Cường Mới", alt: "Cây cầu bê tông nhiều nhịp vươn qua dòng sông rộng, trên mặt cầu có xe máy và ô tô lưu thông dưới trời nắng.", caption: "Cầu Phú Cường Mới chính thức thông xe.", credit: "Ảnh: Minh Anh" } },
      { p: "Trước đây, người dân xã Phú Cường và các xã lân cận muốn lên trung tâm tỉnh phải đi phà hoặc vòng qua cầu cũ, quãng đường dài thêm hơn 15 km. Vào mùa mưa lũ, bến phà nhiều lần phải tạm ngưng hoạt động, việc đi lại, vận chuyển hàng hóa của bà con gặp nhiều khó khăn." },
      { p: "Phát biểu tại buổi lễ, ông Trần Quốc Thái, Chủ tịch UBND tỉnh, biểu dương chủ đầu tư, các nhà thầu và đặc biệt là hơn 400 hộ dân đã đồng thuận bàn giao mặt bằng. Ông đề nghị các địa phương hai đầu cầu sớm rà soát quy hoạch, thu hút đầu tư dịch vụ, logistics dọc tuyến đường mới." },
      { quote: "Cây cầu này không chỉ nối hai bờ sông mà còn nối những khát vọng. Tỉnh sẽ tiếp tục dành nguồn lực hoàn thiện hạ tầng kết nối cho vùng phía bắc." },
      { p: "Có mặt từ sớm để chứng kiến lễ thông xe, bà Nguyễn Thị Sáu (68 tuổi, ngụ ấp Bình Đông, xã Phú Cường) xúc động: “Cả đời tôi chờ ngày này. Giờ con cháu đi học, đi làm bên thành phố chỉ mất chừng hai mươi phút”." },
      { figure: { hue: 35, label: "Người dân qua cầu", alt: "Một nhóm người cao tuổi và trẻ em đi bộ trên vỉa hè cầu, tay cầm cờ đỏ sao vàng, vẫy chào.", caption: "Người dân xã Phú Cường đi bộ tham quan cầu sau lễ khánh thành.", credit: "Ảnh: Minh Anh" } },
      { p: "Theo Sở Giao thông vận tải, tĩnh không thông thuyền của cầu bảo đảm cho tàu tải trọng đến 1.000 tấn qua lại. Hệ thống chiếu sáng mỹ thuật trên cầu sẽ được đưa vào vận hành từ cuối tháng này." },
    ],
    comments: [
      { name: "Nguyễn Văn Hùng", body: "Mừng quá, nhà tôi ở Phú Cường, trước đi phà mỗi sáng mất cả tiếng. Cảm ơn tỉnh đã quan tâm.", status: 'approved' },
      { name: "Độc giả Tân Uyên", body: "Mong tỉnh sớm lắp đèn tín hiệu ở nút giao đầu cầu phía Tân Hòa, giờ tan tầm xe đông lắm.", status: 'pending' },
      { name: "Hùng Béo", body: "Cầu với đèn thì liên quan gì, giá vàng hôm nay bao nhiêu vậy mọi người?", status: 'rejected', reason: "Không liên quan nội dung bài" },
      { name: "Chị Lan", body: "Cầu đẹp, tối lên đèn chắc còn đẹp hơn. Cuối tuần cho tụi nhỏ qua chơi.", status: 'approved' },
    ],
  },
];
