"""Write the seventeenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Belitung"); what
they offer here is invented and says nothing about the real offices. Region codes, regency names
and representative coordinates are real, copied from shared/data/wilayah (github.com/cahyadsn/wilayah,
MIT licence, Copyright (c) Cahya DSN, and cahyadsn/wilayah_boundaries for the points).


The line format and the machinery are those of ../national5/make_national5.py (copied, new seed,
new regions, new directories). Every partner is one hand-written line in a directory block::
    kind sector | name | region_code [tidak] [x] | d=... | t=... | s=... | p=... | h=... | v=... | k=...

``d t s p h`` are the offers in the aspects dana, tenaga, sarana, program and
pendayagunaan_hasil; ``{...}`` at the end of an offer is its capacity (``{12}`` or, with the
words the one-column shape uses, ``{500:kg/bulan}``); ``v`` and ``k`` are vision and seeks
(otherwise a hand-written phrase for the kind is chosen); ``y=years/completed`` the track record;
``tidak`` marks an inactive partner and ``x`` a row with most cells empty. A fixed seed decides
only the mechanical parts: coordinate offsets (up to 12 km from the regency's point), which
cells go missing, how `active` is spelled, and the spellings used by the other two shapes.

Shapes written for every directory (same partners, same partner_ids):

- ``<dir>.csv``            per_aspek: the contract's canonical columns;
- ``<dir>_satu_kolom.csv`` satu_kolom: Indonesian headers and one free-text offer column;
- ``<dir>_kapital.csv``    kapital: canonical columns, UPPER CASE names and regions, variant
  regency/province spellings, region_code/lat/lon empty.

Run from the repository root (standard library only)::

    python3 data/eval/national17/make_national17.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20321017
HERE = Path(__file__).resolve().parent
ASPECTS = ("dana", "tenaga", "sarana", "program", "pendayagunaan_hasil")
TAGS = dict(zip("dtsph", ASPECTS))
COLUMNS = [
    "partner_id",
    "name",
    "sector",
    "kind",
    "province",
    "regency",
    "region_code",
    "lat",
    "lon",
    *[f"offers_{a}" for a in ASPECTS],
    *[f"capacity_{a}" for a in ASPECTS],
    "vision",
    "seeks",
    "active",
    "years_active",
    "partnerships_completed",
]
SECTORS = {"g": "pemerintah", "s": "swasta", "m": "masyarakat"}
UNITS = {
    "tenaga": "orang",
    "sarana": "unit",
    "program": "peserta",
    "pendayagunaan_hasil": "orang/tahun",
}

# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "34.03": ("Kabupaten Gunungkidul", -7.99391, 110.6118),
    "34.02": ("Kabupaten Bantul", -7.90133, 110.35488),
    "34.04": ("Kabupaten Sleman", -7.71646, 110.38321),
    "34.71": ("Kota Yogyakarta", -7.8033, 110.37436),
    "33.10": ("Kabupaten Klaten", -7.68582, 110.61945),
    "33.72": ("Kota Surakarta", -7.55789, 110.82314),
    "19.02": ("Kabupaten Belitung", -2.8676, 107.71018),
    "19.06": ("Kabupaten Belitung Timur", -2.90846, 108.04818),
    "19.01": ("Kabupaten Bangka", -1.90428, 105.91963),
    "19.71": ("Kota Pangkal Pinang", -2.11051, 106.11321),
    "16.71": ("Kota Palembang", -2.97172, 104.74132),
    "65.01": ("Kabupaten Bulungan", 2.79748, 117.03198),
    "65.71": ("Kota Tarakan", 3.35941, 117.59951),
    "65.04": ("Kabupaten Tana Tidung", 3.57048, 117.15773),
    "65.02": ("Kabupaten Malinau", 2.51297, 115.73544),
    "65.03": ("Kabupaten Nunukan", 4.00918, 116.64286),
    "64.71": ("Kota Balikpapan", -1.15667, 116.87229),
    "64.72": ("Kota Samarinda", -0.50028, 117.17706),
    "81.01": ("Kabupaten Maluku Tengah", -3.18118, 129.29545),
    "81.71": ("Kota Ambon", -3.68536, 128.19498),
    "81.06": ("Kabupaten Seram Bagian Barat", -3.1359, 128.35599),
    "81.05": ("Kabupaten Seram Bagian Timur", -3.41986, 130.44264),
    "73.71": ("Kota Makassar", -5.13561, 119.4639),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI and DIY as lists write them).
PROVINCES = {
    "16": "Sumatera Selatan",
    "19": "Kepulauan Bangka Belitung",
    "31": "DKI Jakarta",
    "33": "Jawa Tengah",
    "34": "Daerah Istimewa Yogyakarta",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "73": "Sulawesi Selatan",
    "81": "Maluku",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "16": ["SUMATERA SELATAN", "SUMSEL"],
    "19": [
        "KEPULAUAN BANGKA BELITUNG",
        "BABEL",
        "KEP. BANGKA BELITUNG",
        "PROV. KEP. BABEL",
        "BANGKA BELITUNG",
    ],
    "31": ["DKI JAKARTA", "DKI"],
    "33": ["JAWA TENGAH", "JATENG"],
    "34": ["DAERAH ISTIMEWA YOGYAKARTA", "DIY", "D.I. YOGYAKARTA", "DI YOGYAKARTA", "YOGYAKARTA"],
    "64": ["KALIMANTAN TIMUR", "KALTIM"],
    "65": ["KALIMANTAN UTARA", "KALTARA", "PROV. KALTARA", "PROVINSI KALIMANTAN UTARA"],
    "73": ["SULAWESI SELATAN", "SULSEL"],
    "81": ["MALUKU", "PROV. MALUKU", "PROVINSI MALUKU"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "34.03": [
        "!",
        "KAB. GUNUNGKIDUL",
        "GUNUNGKIDUL",
        "GUNUNG KIDUL",
        "KAB. GUNUNG KIDUL (WONOSARI)",
        "WONOSARI",
        "GK",
    ],
    "34.02": ["BANTUL", "KAB. BANTUL (KREBET)"],
    "34.04": ["SLEMAN", "KAB. SLEMAN"],
    "34.71": ["YOGYAKARTA", "YOGYA", "JOGJA", "KODYA YOGYAKARTA"],
    "33.10": ["KLATEN"],
    "33.72": ["SOLO", "SURAKARTA"],
    "19.02": [
        "!",
        "KAB. BELITUNG",
        "BELITUNG",
        "BELITONG",
        "KAB. BELITUNG (TANJUNG PANDAN)",
        "TANJUNG PANDAN",
        "TANJUNGPANDAN",
    ],
    "19.06": ["BELITUNG TIMUR", "BELTIM", "KAB. BELTIM (MANGGAR)"],
    "19.01": ["BANGKA", "KAB. BANGKA (SUNGAILIAT)"],
    "19.71": ["PANGKALPINANG", "PANGKAL PINANG"],
    "16.71": ["PALEMBANG"],
    "65.01": [
        "!",
        "KAB. BULUNGAN",
        "BULUNGAN",
        "BULONGAN",
        "KAB. BULUNGAN (TANJUNG SELOR)",
        "TANJUNG SELOR",
        "TJ. SELOR",
    ],
    "65.71": ["TARAKAN", "KOTA TARAKAN (KALTARA)"],
    "65.04": ["TANA TIDUNG", "KTT", "KAB. TANA TIDUNG (TIDENG PALE)"],
    "65.02": ["MALINAU"],
    "65.03": ["NUNUKAN"],
    "64.71": ["BALIKPAPAN"],
    "64.72": ["SAMARINDA"],
    "81.01": [
        "!",
        "KAB. MALUKU TENGAH",
        "MALUKU TENGAH",
        "MALTENG",
        "KAB. MALTENG (MASOHI)",
        "MASOHI",
        "KAB. MALUKU TENGAH (P. SERAM)",
    ],
    "81.71": ["AMBON", "KOTA AMBON", "KODYA AMBON"],
    "81.06": ["SBB", "SERAM BAGIAN BARAT", "KAB. SBB (PIRU)"],
    "81.05": ["SBT", "SERAM BAGIAN TIMUR", "KAB. SBT (BULA)"],
    "73.71": ["MAKASSAR", "KOTA MAKASSAR"],
}

KIND_LABELS = {
    "dinas": "Dinas",
    "blk": "BLK",
    "lkp": "LKP/LPK",
    "pkbm": "PKBM",
    "skb": "SKB",
    "smk": "SMK",
    "dudi": "DUDI",
    "donor": "Donor",
    "ormas": "Ormas",
    "tokoh_masyarakat": "Tokoh Masyarakat",
    "pusat_karya": "Pusat Karya",
    "perguruan_tinggi": "Perguruan Tinggi",
    "koperasi": "Koperasi",
    "bumdes": "BUMDes",
}
# Default visions and seeks per kind, hand-written; a partner line may give its own.
VISIONS = {
    "dinas": [
        "meningkatkan kualitas pelayanan publik dan kesejahteraan masyarakat",
        "terwujudnya sumber daya manusia yang produktif dan berdaya saing",
        "pembangunan daerah yang inklusif melalui kolaborasi",
    ],
    "blk": [
        "tenaga kerja kompeten, produktif dan siap bersaing",
        "pelatihan vokasi yang sesuai kebutuhan industri",
    ],
    "lkp": [
        "membekali peserta dengan keterampilan praktis agar mandiri",
        "lulusan kompeten, siap kerja dan berwirausaha",
        "kursus bermutu dan terjangkau bagi semua kalangan",
    ],
    "pkbm": [
        "pendidikan sepanjang hayat untuk semua warga",
        "warga belajar yang terampil, mandiri dan berakhlak",
    ],
    "skb": ["layanan pendidikan nonformal yang bermutu dan merata"],
    "smk": [
        "lulusan SMK yang kompeten, berkarakter dan terserap industri",
        "SMK bisa, SMK hebat: siap kerja, santun dan mandiri",
    ],
    "dudi": [
        "tumbuh bersama masyarakat sekitar",
        "memberikan layanan terbaik bagi pelanggan",
        "usaha yang berkelanjutan dan bermanfaat bagi lingkungan",
    ],
    "donor": [
        "bersama membangun masyarakat yang mandiri dan sejahtera",
        "memberdayakan mustahik menjadi muzaki",
        "investasi sosial untuk pendidikan dan ekonomi warga",
    ],
    "ormas": [
        "masyarakat yang guyub, berdaya dan sejahtera",
        "pemberdayaan warga dari, oleh dan untuk warga",
    ],
    "tokoh_masyarakat": [
        "program yang bermanfaat untuk warga kampung",
        "anak muda desa punya keterampilan dan pekerjaan",
    ],
    "pusat_karya": [
        "melestarikan kerajinan daerah dan membuka lapangan kerja",
        "karya lokal naik kelas",
    ],
    "perguruan_tinggi": ["tridharma perguruan tinggi yang berdampak bagi masyarakat"],
    "koperasi": ["anggota sejahtera melalui usaha bersama"],
    "bumdes": ["desa mandiri melalui usaha milik desa"],
}
SEEKS = {
    "dinas": [
        "lembaga mitra pelaksana yang aktif dan tertib laporan",
        "data sasaran dan peserta yang siap dilatih",
    ],
    "blk": [
        "peserta pelatihan yang serius dan mitra penempatan kerja",
        "lembaga pengirim peserta dan data pencari kerja",
    ],
    "lkp": ["peserta kursus dan tempat magang untuk peserta", "kerja sama penyaluran lulusan"],
    "pkbm": ["mitra keterampilan untuk warga belajar", "tutor dan sarana praktik"],
    "skb": ["mitra penyelenggara kelas di desa"],
    "smk": ["tempat prakerin bagi siswa dan rekrutmen alumni", "guru tamu dari industri"],
    "dudi": [
        "tenaga kerja terampil siap pakai",
        "mitra pemasok dan pelanggan lokal",
        "program CSR yang tepat sasaran",
    ],
    "donor": [
        "lembaga lokal yang transparan sebagai mitra pelaksana",
        "penerima manfaat yang terdata dan laporan penggunaan dana",
    ],
    "ormas": ["pelatihan dan modal usaha bagi anggota", "pendamping dan jejaring pemasaran"],
    "tokoh_masyarakat": ["program nyata untuk warga", ""],
    "pusat_karya": ["perajin muda dan pembeli baru", "pemasaran produk ke luar daerah"],
    "perguruan_tinggi": ["lokasi KKN dan mitra penelitian", "desa binaan untuk pengabdian"],
    "koperasi": ["anggota baru dan mitra pemasaran"],
    "bumdes": ["mitra investasi dan pemasaran produk desa"],
}

DIRECTORIES = []  # (base name, id prefix, header of the one-column offer column, block)


# ---------------------------------------------------------------------------------------------
# 1. DI Yogyakarta: Kabupaten Gunungkidul (34.03)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_gunungkidul",
        "GNK",
        "Kemampuan Membantu",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Gunungkidul | 34.03 | p=pelatihan berbasis kompetensi di UPT BLK Wonosari: menjahit, las, barista, tata rias {64} | h=bursa kerja dan penyaluran AKAD/AKL {150}
dinas g | Dinas Koperasi, UKM, Perindustrian dan Perdagangan Kab. Gunungkidul | 34.03 | d=pinjaman dana bergulir UMKM dan KUB binaan, jasa 3 % per tahun, maks Rp 25 jt per kelompok {Rp 500.000.000} | p=pendampingan NIB, PIRT, halal dan desain kemasan {40}
dinas g | Dinas Pariwisata Kabupaten Gunungkidul | 34.03 | t=narasumber sadar wisata dan pelayanan homestay {2} | h=stan UMKM di Festival Gunungkidul dan gerai oleh-oleh di TPR pantai selatan {30:produk}
dinas g | Dinas Perdagangan Kab. Gunungkidul (Bidang Pemasaran) | 34.03 | h=memfasilitasi temu bisnis dan menghubungkan UMKM dengan pembeli dari Yogya dan Solo, tanpa pembelian langsung
dinas g | Dinas Pertanian dan Pangan Kabupaten Gunungkidul | 34.03 | t=penyuluh pertanian lahan kering dan pengolahan ubi kayu {3} | s=bantuan mesin penepung gaplek (chopper dan disk mill) bagi Gapoktan terdaftar Simluhtan {4}
dinas g | Dinas Sosial, P3A Kabupaten Gunungkidul | 34.03 | d=bantuan usaha KUBE bagi keluarga miskin yang tercatat di DTKS {Rp 20.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pendidikan Kabupaten Gunungkidul (Bidang PAUD dan Pendidikan Masyarakat) | 34.03 | d=BOP Kesetaraan dan PKW bagi PKBM terakreditasi, lewat proposal {Rp 15.000.000} | p=bimtek tutor kesetaraan {30}
dinas g | Dinas Kebudayaan (Kundha Kabudayan) Kab. Gunungkidul | 34.03 | t=pamong budaya pendamping sanggar seni {2} | d=dana keistimewaan untuk sanggar budaya terdaftar, lewat usulan kalurahan {Rp 30.000.000}
blk g | UPT BLK Kabupaten Gunungkidul | 34.03 | t=instruktur kayu dan furnitur bersertifikat, bisa diperbantukan ke lembaga mitra {1} | s=bengkel kayu dengan mesin serut dan bor, bisa dipinjam hari Sabtu {1} | p=pelatihan pembuatan furnitur kayu 240 JP {16}
donor m | BAZNAS Kabupaten Gunungkidul | 34.03 | d=Gunungkidul Makmur: zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 300.000.000}
donor m | LAZ Handayani Peduli Umat | 34.03 | d=qardhul hasan bagi pedagang Pasar Argosari Wonosari, paling banyak Rp 2 jt per orang {Rp 50.000.000}
donor s | BPD DIY Cabang Wonosari | 34.03 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt tanpa agunan tambahan {Rp 3 M}
donor s | CSR PT Tirta Karst Nusantara (air minum kemasan) | 34.03 | d=bantuan modal usaha bagi warga ring 1 pabrik di Kalurahan Bejiharjo, Kapanewon Karangmojo {Rp 150.000.000} | p=pelatihan pengelolaan desa wisata {30}
donor s | TJSL PT Jalan Tol Jogja-Solo | 34.04 | d=hibah peralatan usaha bagi UMKM di desa yang dilalui tol di Kabupaten Sleman {Rp 200.000.000}
donor m | Yayasan Sekar Kawung Karst | 34.03 | t=pendamping desain motif dan pemasaran kerajinan kayu, datang seminggu sekali {1} | s=hibah satu set pahat ukir dan kompor malam untuk sanggar pemula {5}
donor s | Program Hibah Pangan Lokal Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok pengolah pangan lokal (umbi, sagu, jagung) seluruh Indonesia, proposal daring {Rp 25.000.000}
dudi s | Pusat Oleh-oleh Khas Gunungkidul Jl. Baron | 34.03 | h=membeli putus tiwul instan, gatot, belalang goreng dan keripik dari produsen rumahan ber-PIRT {600:bungkus/bulan}
dudi s | Toko Oleh-oleh Walang Pantai Indrayanti | 34.03 | h=titip jual olahan khas: belalang goreng, peyek, tiwul dan gatot kemasan, bagi hasil 20 % {40:produk}
dudi s | Rumah Makan Tiwul Yu Parmi Wonosari | 34.03 | h=membeli tiwul basah dan gatot segar dari pembuat sekitar Wonosari setiap pagi {30:kg/hari}
dudi s | Gerai Oleh-oleh Goa Pindul | 34.03 | h=menjual kerajinan topeng kayu, batik kayu dan makanan khas kepada wisatawan, ambil dari perajin {50:produk}
dudi s | Pengepul Gaplek Pasar Playen | 34.03 | h=menjual gaplek dan tepung mokaf ke pembuat tiwul dan pabrik pakan {5:ton/minggu}
dudi s | Toko Kemasan Plastik dan Standing Pouch Wonosari | 34.03 | s=jual standing pouch, sealer dan cetak label, bisa cicilan untuk kelompok
dudi s | Swalayan Handayani Wonosari | 34.03 | h=konsinyasi produk UMKM berlabel halal dan berbarcode {40:produk}
dudi s | Reseller Pangan Lokal Gunungkidul (marketplace) | 34.03 | h=menjual tiwul instan, gatot dan oyek di marketplace, ambil putus dari kelompok {300:bungkus/bulan}
dudi s | UD Kayu Pule Semanu | 34.03 | h=menjual kayu pule dan sengon bahan topeng ke perajin {3:m3/bulan} | s=jasa potong dan oven kayu berbayar
dudi s | CV Batik Kayu Bobung Art | 34.03 | p=magang perajin ukir topeng selama 3 bulan, hanya untuk calon karyawan {4} | h=membeli topeng setengah jadi dari perajin untuk difinishing dan diekspor {200:buah/bulan}
dudi s | Homestay dan Resto Pantai Sadranan | 34.03 | h=memesan suvenir topeng kecil untuk tamu {50:buah/bulan} | p=PKL siswa perhotelan {3}
dudi s | Travel dan Jeep Wisata Gunung Api Purba | 34.03 | h=paket wisata dengan kunjungan ke sentra kerajinan dan kuliner, menyalurkan tamu {200:tamu/bulan}
pkbm m | PKBM Ngudi Kawruh Karangmojo | 34.03 | t=tutor kesetaraan dan tutor tata boga {2} | s=dapur praktik kecil {1}
pkbm m | PKBM Handayani Ponjong | 34.03 | p=warga belajar paket C yang mencari tempat praktik keterampilan {25}
skb g | SKB Gunungkidul | 34.03 | t=pamong belajar pendamping keterampilan dan kewirausahaan, termasuk kerajinan {2} | s=ruang kelas dan aula untuk kegiatan PKBM {2}
smk m | SMK Negeri 1 Wonosari (Agribisnis Pengolahan Hasil Pertanian) | 34.03 | s=ruang produksi olahan pangan dan oven bisa dipakai kelompok masyarakat dengan jadwal {1} | t=guru produktif pengolahan hasil pertanian {1}
smk m | SMK Negeri 2 Wonosari (Kriya Kreatif Kayu) | 34.03 | t=guru kriya kayu bisa mengajar ukir dasar di lembaga mitra, sore hari {1} | s=bengkel kriya kayu dipinjamkan saat libur sekolah {1}
lkp m | LKP Tata Boga Sekar Arum Wonosari | 34.03 | p=kursus tata boga dan kue kering {20} | h=penyaluran alumni ke katering dan hotel mitra {6}
lkp m | LKP Ukir Kayu Sido Rukun | 34.03 | p=kursus ukir kayu 3 bulan berbayar, Rp 1,5 jt per peserta {10} | h=alumni disalurkan ke bengkel jaringan kursus {5}
perguruan_tinggi m | Politeknik Pangan Mataram Sleman (Prodi Teknologi Pangan) | 34.04 | t=dosen pendamping uji umur simpan dan izin edar olahan umbi {2} | p=pelatihan keamanan pangan dan kemasan bagi UMKM binaan {25}
perguruan_tinggi m | Universitas Gadjah Mada (KKN-PPM Gunungkidul) | 34.71 | t=mahasiswa KKN pendamping desain kemasan dan pemasaran digital, penerjunan tiap Juli {10} | p=pelatihan branding UMKM di lokasi KKN {30}
ormas m | TP PKK Kabupaten Gunungkidul | 34.03 | p=kader PKK penggerak {40} | h=bazar UMKM di Alun-alun Wonosari tiap Minggu pagi {20:produk}
ormas m | Dekranasda Kabupaten Gunungkidul | 34.03 | h=galeri kerajinan dan kurasi produk untuk pameran Inacraft dan Jogja Fashion {30:produk} | p=pelatihan desain kerajinan {20}
ormas m | Paguyuban Perajin Topeng Bobung | 34.03 | t=perajin senior siap melatih ukir dan batik kayu di luar Bobung bila ada honor transport {3} | h=pemasaran bersama lewat showroom paguyuban di Putat {40:produk}
tokoh_masyarakat m | Mbah Karto Sudarmo (perajin topeng Bobung senior) | 34.03 | t=mau mengajar ukir topeng dan pewarnaan di PKBM dua kali seminggu {1}
tokoh_masyarakat m | Bu Sri Wahyuni (pembuat tiwul instan senior) | 34.03 | t=mau berbagi resep tiwul instan supaya awet tiga bulan {1}
pusat_karya m | Sanggar Batik Kayu Krebet | 34.02 | t=instruktur batik kayu bisa datang ke lembaga mitra seminggu sekali {2} | h=membeli produk setengah jadi dari perajin {100:buah/bulan}
koperasi m | Koperasi Wanita Srikandi Semanu | 34.03 | d=simpan pinjam anggota dengan angsuran mingguan {Rp 150.000.000} | h=warung koperasi menjual olahan anggota {25:produk}
bumdes m | BUMDes Maju Makmur Kalurahan Bejiharjo | 34.03 | h=kios di kawasan Goa Pindul menjual olahan dan kerajinan warga Bejiharjo {40:produk}
bumdes m | BUMDes Sumber Rejeki Kalurahan Putat | 34.03 | s=gedung showroom dan ruang kerja bersama untuk perajin kayu {1} | h=etalase topeng Bobung di showroom BUMDes {30:produk}
dudi s | Toko Oleh-oleh Thiwul Manggar | 34.03 tidak | h=membeli tiwul instan dan gatot dari kelompok rumahan {400:bungkus/bulan}
pusat_karya m | Sanggar Topeng Panji Wonosari | 34.03 tidak | t=instruktur ukir topeng untuk sekolah dan PKBM {2}
dudi s | Warung Oleh-oleh Baron | 34.03 x | h=bisa titip
ormas m | Kelompok Sadar Wisata Ngingrong | 34.03 x | p=pelatihan
dudi s | Pasar Oleh-oleh Bakpia Kota Yogyakarta | 34.71 | h=titip jual makanan khas Yogyakarta dan sekitarnya, bagi hasil 25 % {50:produk}
dudi s | Pengusaha Kerajinan Kayu Klaten | 33.10 | p=magang mebel dan ukir {3}
dudi s | Toko Oleh-oleh Solo Raya | 33.72 | h=menjual oleh-oleh khas Solo, batik dan makanan {40:produk}
dudi s | Toko Daring Pangan Nusantara Jakarta | 31.74 | h=membeli tiwul instan dan gatot dari Gunungkidul tiap bulan, dikirim ekspedisi {500:bungkus/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 2. Kepulauan Bangka Belitung: Kabupaten Belitung (19.02)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_belitung",
        "BLI",
        "Isian Kesediaan Bermitra",
        """
dinas g | Dinas Tenaga Kerja Kabupaten Belitung | 19.02 | p=pelatihan kerja di UPTD BLK: pemandu wisata, bahasa Inggris pariwisata, las, menjahit {48} | h=bursa kerja dan informasi lowongan di hotel dan resort {120}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kabupaten Belitung | 19.02 | d=dana bergulir bagi koperasi dan UMKM binaan, jasa 3 % per tahun {Rp 400.000.000} | p=pendampingan PIRT, halal dan kemasan {40}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Belitung | 19.02 | t=narasumber pemandu geopark dan sadar wisata {2} | p=memfasilitasi PKL siswa SMK pariwisata ke anggota ASITA dan HPI, tanpa menempatkan sendiri {20} | h=stan UMKM di Festival Lesung Panjang dan Sail Belitung {30:produk}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Belitung | 19.02 | s=bantuan freezer, cool box dan mesin pengering kerupuk bagi POKLAHSAR terdaftar lewat proposal {6} | t=penyuluh perikanan bidang pengolahan hasil {2}
dinas g | Dinas Perindustrian Kabupaten Belitung | 19.02 | s=rumah produksi bersama IKM dengan oven, mixer adonan dan vacuum sealer, bisa dipakai IKM binaan terjadwal {1} | p=bimtek diversifikasi olahan ikan {25}
dinas g | Dinas Sosial Kabupaten Belitung | 19.02 | d=bantuan KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pendidikan Provinsi Kepulauan Bangka Belitung (Cabang Dinas Wilayah Belitung) | 19.02 | p=fasilitasi MoU prakerin SMK dengan DUDI dan sinkronisasi kurikulum {10} | t=pengawas SMK {1}
dinas g | Badan Pengelola Geopark Belitung | 19.02 | t=pemandu geosite bersertifikat bisa menjadi guru tamu sekolah {3} | p=program magang pemandu geosite Tanjung Kelayang dan Pulau Lengkuas bagi siswa SMK {10}
blk g | UPTD Balai Latihan Kerja Kabupaten Belitung | 19.02 | t=instruktur pariwisata dan tata boga {2} | p=pelatihan pemandu wisata dan pelayanan tamu 160 JP {16} | s=dapur praktik bisa dipinjam kelompok di luar jadwal {1}
donor m | BAZNAS Kabupaten Belitung | 19.02 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bank Sumsel Babel Cabang Tanjung Pandan | 19.02 | d=KUR mikro dan kredit usaha rakyat sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Timah Belitung Lestari | 19.02 | d=hibah peralatan dan modal bagi UMKM ring 1 tambang di Kecamatan Badau dan Membalong {Rp 300.000.000} | p=pelatihan reklamasi dan budidaya lada bagi warga lingkar tambang {30}
donor s | TJSL PT Pelabuhan Tanjung Pandan | 19.02 | s=hibah freezer, cool box dan peralatan pengolahan ikan bagi kelompok nelayan dan pengolah di Kelurahan Tanjung Pendam dan Parit, Tanjung Pandan {8}
donor s | CSR PLN UP Belitung | 19.02 | d=bantuan modal kerja dan pelatihan bagi UMKM binaan terpilih di Kabupaten Belitung {Rp 100.000.000}
donor m | LAZ Serumpun Sebalai Peduli | 19.02 | d=qardhul hasan bagi pedagang Pasar Tanjung Pandan, maks Rp 3 jt per orang {Rp 60.000.000}
donor s | Program Hibah Alat Produksi Pangan Pesisir (seleksi nasional) | 31.74 | s=hibah mesin pengolahan hasil perikanan (freezer, pengering, mixer) bagi kelompok pengolah pesisir seluruh Indonesia, seleksi proposal {3}
dudi s | Toko Alat Dapur dan Mesin Usaha Mandiri Tanjung Pandan | 19.02 | s=jual freezer, mesin giling ikan dan mixer adonan kerupuk, bisa kredit 12 bulan
dudi s | Pabrik Es dan Cold Storage Bahari Belitung | 19.02 | s=sewa ruang cold storage dan es balok untuk pengolah ikan {10:ton}
dudi s | Pengepul Ikan Tenggiri Pelabuhan Tanjung Pandan | 19.02 | h=menjual ikan tenggiri dan tengiri giling segar ke pembuat kerupuk dan otak-otak {1:ton/minggu}
dudi s | Pusat Oleh-oleh Khas Belitung Jl. Sriwijaya | 19.02 | h=membeli putus kerupuk ikan, kemplang dan terasi dari produsen rumahan ber-PIRT {800:bungkus/bulan}
dudi s | Toko Oleh-oleh Kerupuk Cap Laskar | 19.02 | h=titip jual kerupuk ikan dan getas, bagi hasil 15 % {40:produk}
dudi s | Hotel Pantai Tanjung Tinggi Resort | 19.02 | p=terima siswa PKL bagian front office dan tour desk {6} | h=rekrut staf tour desk dan pemandu {2}
dudi s | Belitung Island Hopping Tour (anggota ASITA) | 19.02 | p=prakerin siswa usaha perjalanan wisata 3 bulan: reservasi, tour leader pendamping, paket island hopping {6} | h=rekrut pemandu dan staf reservasi lulusan SMK {3}
dudi s | CV Laskar Pelangi Travel | 19.02 | p=magang siswa SMK pariwisata di kantor dan lapangan wisata Laskar Pelangi {4} | t=tour leader senior bisa menjadi guru tamu {1}
dudi s | Dive Center Pulau Lengkuas | 19.02 | p=magang asisten dive guide bagi pemegang sertifikat selam {2}
dudi s | Restoran Mie Belitung Atep Style | 19.02 | p=PKL siswa tata boga di dapur dan pelayanan {3}
dudi s | Katering Selat Gaspar Manggar | 19.06 | h=membeli kerupuk ikan untuk menu katering harian {100:bungkus/bulan}
dudi s | Supermarket Belitung Jaya | 19.02 | h=konsinyasi produk lokal berlabel halal, izin edar dan barcode {30:produk}
dudi s | Eksportir Lada Putih Belitung | 19.02 | h=membeli lada putih kering dari petani {5:ton/bulan}
dudi s | Reseller Oleh-oleh Belitung Online | 19.02 | h=menjual kerupuk, terasi dan lada Belitung di marketplace, ambil putus {300:bungkus/bulan}
smk m | SMK Negeri 1 Tanjung Pandan (Usaha Layanan Pariwisata) | 19.02 | p=siswa yang mencari tempat prakerin {40}
smk m | SMK Negeri 2 Tanjung Pandan (Nautika dan Pengolahan Hasil Perikanan) | 19.02 | s=ruang praktik pengolahan ikan dengan freezer dan oven, bisa dipakai kelompok pengolah sekitar hari Sabtu {1} | t=guru produktif pengolahan hasil perikanan {1}
lkp m | LKP Pariwisata Negeri Laskar | 19.02 | p=kursus pemandu wisata dan penempatan magang peserta kursus di biro perjalanan jaringan alumni {15} | h=penyaluran alumni ke kapal pesiar {8}
perguruan_tinggi m | Politeknik Manufaktur Belitung | 19.02 | t=dosen teknik mesin pendamping perawatan mesin produksi UMKM {2} | s=bengkel rekayasa bisa membuat mesin pengering dan mixer pesanan UMKM dengan harga produksi
perguruan_tinggi m | Akademi Komunitas Pariwisata Belitung | 19.02 | t=dosen tamu pariwisata untuk SMK mitra {2} | p=praktik kerja di travel laboratorium kampus bagi siswa SMK mitra {8}
ormas m | TP PKK Kabupaten Belitung | 19.02 | p=kader PKK {30} | h=bazar UMKM di Tugu Satam tiap Minggu pagi {20:produk}
ormas m | ASITA Belitung | 19.02 | p=menyalurkan siswa PKL ke biro perjalanan anggota {25} | h=info lowongan dari 30 biro perjalanan anggota
ormas m | HPI (Himpunan Pramuwisata Indonesia) DPC Belitung | 19.02 | t=pramuwisata berlisensi bisa menjadi guru tamu dan penguji praktik {3}
ormas m | Dekranasda Kabupaten Belitung | 19.02 | h=galeri produk unggulan daerah di Tanjung Pandan, kurasi untuk pameran {30:produk}
tokoh_masyarakat m | Bu Hj. Maryam (pembuat kerupuk ikan senior) | 19.02 | t=mau mengajari resep kerupuk ikan tenggiri yang renyah {1}
tokoh_masyarakat m | Pak Johan (mantan kepala pemandu Tanjung Kelayang) | 19.02 | t=mau menjadi guru tamu pemanduan dan keselamatan wisata bahari {1}
koperasi m | Koperasi Nelayan Sijuk Bersatu | 19.02 | s=freezer dan cold box koperasi bisa dipinjam anggota {4} | d=simpan pinjam khusus anggota nelayan {Rp 80.000.000}
bumdes m | BUMDes Sijuk Makmur | 19.02 | h=kios di Pantai Tanjung Kelayang menjual olahan ikan dan oleh-oleh warga {30:produk} | s=ruang produksi dan freezer BUMDes bisa disewa warga desa Sijuk {1}
bumdes m | BUMDes Membalong Sejahtera | 19.02 | s=mesin pengering kerupuk bantuan provinsi, hanya untuk kelompok di Desa Membalong {1}
dudi s | Toko Kerupuk Ikan Cap Kelayang | 19.02 tidak | h=ambil kerupuk ikan mentah dari ibu-ibu {500:bungkus/bulan}
dudi s | Kapal Wisata Pulau Lengkuas Tour | 19.02 tidak | p=menerima siswa PKL tour {4}
dudi s | Warung Oleh-oleh Pak Amir | 19.02 x | h=bisa titip
donor m | Yayasan Peduli Belitung | 19.02 x | s=bantuan
dudi s | Resort Manggar Pantai Serang | 19.06 | p=terima siswa PKL pariwisata, mess disediakan {4}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Belitung Timur | 19.06 | s=bantuan freezer bagi POKLAHSAR di Belitung Timur {4}
dudi s | Pusat Oleh-oleh Manggar | 19.06 | h=membeli kerupuk ikan dan kopi dari produsen Belitung dan Belitung Timur {300:bungkus/bulan}
dudi s | Toko Oleh-oleh Bangka Pangkal Pinang | 19.71 | h=titip jual kemplang dan getas khas Bangka {40:produk}
dudi s | Travel Agent Bangka Wisata | 19.01 | p=magang siswa usaha perjalanan wisata {3}
lkp m | LPK Kapal Pesiar Palembang | 16.71 | p=pelatihan dan penempatan magang kapal pesiar {30}
dudi s | Agen Wisata Nusantara Jakarta | 31.74 | p=program magang 6 bulan di kantor pusat untuk siswa SMK pariwisata se-Indonesia, mess dan uang saku {10}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 3. Kalimantan Utara: Kabupaten Bulungan (65.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_bulungan",
        "BLN",
        "Butir Kerja Sama yang Disanggupi",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Bulungan | 65.01 | p=pelatihan berbasis kompetensi: las SMAW, operator alat berat, tata boga {48} | h=bursa kerja dan pendataan kebutuhan tenaga kerja kawasan industri KIPI Tanah Kuning {300}
dinas g | Dinas Tenaga Kerja dan Transmigrasi Provinsi Kalimantan Utara | 65.01 | p=pemagangan dalam negeri di perusahaan konstruksi dan smelter KIPI bagi lulusan LPK yang diusulkan lembaga {40} | h=penempatan tenaga kerja ke perusahaan di Kaltara {200}
dinas g | Dinas Kelautan dan Perikanan Kabupaten Bulungan | 65.01 | t=penyuluh perikanan budidaya tambak udang windu {3} | s=bantuan benur dan pakan bagi Pokdakan terdaftar lewat proposal {200000:ekor benur} | p=sekolah lapang budidaya udang ramah lingkungan {30}
dinas g | Dinas Koperasi dan UMKM Kabupaten Bulungan | 65.01 | d=pinjaman dana bergulir bagi koperasi dan kelompok usaha, jasa 3 % per tahun {Rp 500.000.000} | p=pelatihan manajemen koperasi {30}
dinas g | Dinas Perindustrian, Perdagangan dan Koperasi Prov. Kaltara | 65.01 | h=memfasilitasi pertemuan UMKM dengan pembeli dari Tarakan dan Samarinda {20} | p=bimtek IKM logam dan las {20}
dinas g | Dinas Sosial Kabupaten Bulungan | 65.01 | d=bantuan usaha KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pertanian Kabupaten Bulungan | 65.01 | t=penyuluh tanaman pangan dan perkebunan {3} | s=bantuan bibit sawit dan pupuk bagi kelompok tani transmigrasi SP di Tanjung Palas Tengah {5000:bibit}
dinas g | Dinas Pendidikan Kabupaten Bulungan (Bidang PNF) | 65.01 | p=bimtek tutor dan pengelola PKBM {25}
blk g | UPTD BLK Tanjung Selor | 65.01 | t=instruktur las bersertifikat BNSP {2} | s=bengkel las dengan 10 mesin las SMAW bisa dipinjam lembaga mitra di luar jadwal {1} | p=pelatihan las SMAW 3G 240 JP {16}
donor m | BAZNAS Kabupaten Bulungan | 65.01 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 250.000.000}
donor s | Bankaltimtara Cabang Tanjung Selor | 65.01 | d=KUR mikro dan kredit usaha tambak sampai Rp 100 jt dengan agunan sertifikat lahan {Rp 3 M}
donor s | CSR PT Sawit Bulungan Lestari | 65.01 | d=bantuan modal usaha bagi desa ring 1 kebun di Kecamatan Sekatak dan Tanjung Palas Barat {Rp 200.000.000} | h=rekrut pemanen dan operator {30}
donor s | TJSL PT Smelter Kaltara Industri (KIPI) | 65.01 | d=bantuan modal dan alat bagi kelompok nelayan dan pembudidaya tambak ring 1 kawasan di Desa Tanah Kuning, Mangkupadi dan Binai, Tanjung Palas Timur {Rp 400.000.000} | p=pelatihan las dan perpipaan bagi pemuda desa ring 1 KIPI {40} | h=rekrut welder lulusan pelatihan ring 1 {30}
donor s | CSR PT Hutan Kayu Kayan (HPH) | 65.01 | d=bantuan pendidikan dan modal bagi desa sekitar konsesi di hulu Sungai Kayan, Peso {Rp 150.000.000}
donor m | Yayasan Mangrove Delta Kayan | 65.01 | t=pendamping silvofishery dan budidaya udang organik, kunjungan dua kali sebulan {2} | d=hibah benur dan perbaikan pematang bagi tambak silvofishery anggota jaringan, seleksi {Rp 50.000.000}
donor s | Dana Hibah Budidaya Perikanan Berkelanjutan (seleksi nasional) | 31.74 | d=hibah modal produksi bagi kelompok pembudidaya ikan dan udang seluruh Indonesia, proposal daring, maks Rp 75 jt {Rp 75.000.000}
donor m | LAZ Benuanta Peduli | 65.01 | d=qardhul hasan bagi pedagang pasar induk Tanjung Selor, maks Rp 3 jt per orang {Rp 50.000.000}
dudi s | CV Baja Kayan Fabrikasi | 65.01 | p=OJT welder 3 bulan di bengkel fabrikasi kanopi, tangki dan konstruksi baja {6} | h=rekrut welder bersertifikat {4}
dudi s | PT Konstruksi Tanah Kuning Jaya (kontraktor KIPI) | 65.01 | p=magang welder dan pipe fitter di proyek KIPI, wajib sertifikat dasar K3 {10} | h=rekrut welder 3G/6G untuk proyek {25}
dudi s | Bengkel Las dan Bubut Selor Teknik | 65.01 | p=terima magang las dan bubut {2} | s=sewa mesin las dan bubut per jam
dudi s | Toko Besi dan Alat Teknik Sumber Makmur | 65.01 | s=jual mesin las, kawat las, APD dan plat besi, bisa kredit
dudi s | Bengkel Speedboat dan Mesin Tempel Kayan | 65.01 | p=magang mekanik mesin tempel {2}
dudi s | Galangan Kapal Kayu Tanjung Palas | 65.01 | p=magang tukang kapal dan las konstruksi kapal {3} | h=rekrut tukang {2}
dudi s | PT Bulungan Shrimp Cold Storage | 65.01 | h=membeli udang windu dan vaname dari petambak dengan harga kontrak {10:ton/bulan} | t=quality control memberi arahan mutu panen {1}
dudi s | Pengepul Udang dan Kepiting Tanjung Palas Timur | 65.01 | h=membeli udang windu tambak untuk dikirim ke Tarakan {3:ton/bulan}
dudi s | Toko Pakan dan Benur Tambak Makmur | 65.01 | s=jual benur, pakan udang, kapur dan probiotik tambak, bisa tempo panen
dudi s | Hatchery Benur Windu Bunyu | 65.01 | s=jual benur windu bersertifikat {500000:ekor/bulan}
dudi s | Perkebunan Kelapa Sawit PT Agro Kayan | 65.01 | p=magang mekanik dan welder perawatan pabrik kelapa sawit {4} | h=rekrut operator PKS {10}
dudi s | Toko Manik Dayak Kenyah Long Pelban | 65.01 | h=membeli manik dan anjat hasil perajin Dayak untuk dijual di Tanjung Selor {50:produk}
dudi s | Hotel Crown Tanjung Selor | 65.01 | p=PKL siswa perhotelan {4}
smk m | SMK Negeri 1 Tanjung Selor (Teknik Pengelasan) | 65.01 | s=bengkel las sekolah bisa dipakai LPK mitra hari Sabtu {1} | p=siswa PKL teknik pengelasan yang mencari tempat magang {30}
smk m | SMK Negeri 3 Bulungan (Agribisnis Perikanan) | 65.01 | t=guru budidaya perikanan bisa mendampingi kelompok tambak {1} | p=siswa PKL budidaya yang mencari lokasi tambak {15}
lkp m | LPK Teknik Las Kayan Mandiri | 65.01 | p=kursus las dan penempatan magang peserta di perusahaan jaringan alumni {16} | h=alumni disalurkan ke kontraktor jaringan {10}
perguruan_tinggi m | Universitas Kaltara (Fakultas Perikanan) | 65.01 | t=dosen pendamping teknis budidaya udang dan kualitas air tambak {2} | s=laboratorium kualitas air untuk uji sampel tambak gratis bagi kelompok binaan {1} | p=pelatihan budidaya udang windu intensif-ekstensif {30}
perguruan_tinggi m | Politeknik Bulungan (Teknik Mesin) | 65.01 | t=dosen dan assessor LSP las bisa menguji peserta LPK mitra {2} | s=laboratorium las bisa dipakai praktik LPK mitra berbayar
ormas m | TP PKK Kabupaten Bulungan | 65.01 | p=kader PKK {30} | h=bazar UMKM di Tepian Kayan tiap Minggu {20:produk}
ormas m | Asosiasi Pembudidaya Tambak Bulungan | 65.01 | t=petambak senior penyuluh swadaya {4} | h=pemasaran bersama udang windu anggota ke eksportir {20:ton/bulan}
ormas m | Lembaga Adat Dayak Kenyah Bulungan | 65.01 | p=pelatihan kerajinan manik dan anjat bagi pemuda {20}
ormas m | Persatuan Welder Kaltara | 65.01 | t=welder senior bersertifikat bisa menjadi instruktur tamu {3} | h=info lowongan proyek KIPI dan galangan {40}
tokoh_masyarakat m | Pak H. Daeng Rahman (petambak senior Salimbatu) | 65.01 | t=mau mendampingi petambak muda mengatur air dan pakan {1}
tokoh_masyarakat m | Pak Yosef Lawing (mantan mandor las galangan) | 65.01 | t=mau mengajar las konstruksi di LPK {1}
koperasi m | Koperasi Produsen Petambak Salimbatu | 65.01 | d=pinjaman modal tambak khusus anggota dengan angsuran per panen {Rp 200.000.000} | h=membeli udang anggota untuk dijual ke cold storage {5:ton/bulan}
bumdes m | BUMDes Tanah Kuning Bersatu | 65.01 | s=kios dan gudang pakan di Desa Tanah Kuning {1} | h=pembelian udang warga untuk dijual ke pengepul {2:ton/bulan}
dudi s | CV Las Pembangunan Jaya | 65.01 tidak | p=OJT welder 3 bulan {6} | h=rekrut welder {3}
donor m | Yayasan Tambak Lestari Kaltara | 65.01 tidak | d=hibah modal tambak udang windu bagi kelompok di Bulungan {Rp 60.000.000}
dudi s | Bengkel Las Pak Ucok | 65.01 x | p=bisa magang
donor m | Kelompok Arisan Pesisir | 65.01 x | d=ada
dudi s | PT Galangan Kapal Tarakan | 65.71 | p=OJT welder kapal 3 bulan, mess disediakan {8} | h=rekrut welder kapal {10}
dudi s | Cold Storage Udang Tarakan | 65.71 | h=membeli udang windu dari petambak Bulungan dan Tana Tidung, dijemput di dermaga {20:ton/bulan}
dinas g | Dinas Kelautan dan Perikanan Provinsi Kalimantan Utara | 65.71 | d=bantuan sarana budidaya bagi Pokdakan di Kaltara lewat proposal {Rp 50.000.000} | t=penyuluh budidaya provinsi {2}
dudi s | Pengepul Ikan Tana Tidung | 65.04 | h=membeli ikan dan udang sungai {1:ton/bulan}
dudi s | Toko Kerajinan Malinau | 65.02 | h=titip jual kerajinan manik Dayak {40:produk}
blk g | BLK Komunitas Nunukan | 65.03 | p=pelatihan las bagi pemuda perbatasan {16}
dudi s | PT Fabrikasi Baja Balikpapan | 64.71 | p=OJT welder 6 bulan di workshop Balikpapan bagi lulusan LPK se-Kalimantan, mess disediakan {12} | h=rekrut welder 6G {20}
dudi s | Toko Seafood Samarinda | 64.72 | h=membeli udang dan ikan beku {2:ton/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# 4. Maluku: Kabupaten Maluku Tengah (81.01)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_maluku_tengah",
        "MTH",
        "Sumbangan Nyata Mitra",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Maluku Tengah | 81.01 | p=pelatihan kerja: menjahit, tata boga, las, perbaikan mesin tempel {48} | h=bursa kerja dan informasi lowongan {100}
dinas g | Dinas Koperasi dan UKM Kabupaten Maluku Tengah | 81.01 | d=dana bergulir bagi kelompok usaha dan koperasi aktif di Malteng, jasa 3 % per tahun {Rp 400.000.000} | p=pendampingan PIRT, halal dan kemasan {40}
dinas g | Dinas Perindustrian dan Perdagangan Kab. Maluku Tengah | 81.01 | s=rumah kemasan IKM di Masohi dengan mesin sealer dan pengisi botol, bisa dipakai IKM binaan {1} | h=memfasilitasi dan menghubungkan IKM dengan pembeli di Ambon, tanpa membeli produk
dinas g | Dinas Pertanian Kabupaten Maluku Tengah | 81.01 | t=penyuluh perkebunan pala dan cengkih {3} | s=bantuan bibit pala dan cengkih bagi kelompok tani {2000:bibit}
dinas g | Dinas Sosial Kabupaten Maluku Tengah | 81.01 | d=bantuan KUBE bagi keluarga penerima PKH di DTKS {Rp 20.000.000}
dinas g | Dinas Pariwisata Kabupaten Maluku Tengah | 81.01 | h=stan UMKM di Festival Teluk Saleman dan Pesta Teluk Banda {30:produk} | t=narasumber sadar wisata {2}
dinas g | DP3A Kabupaten Maluku Tengah | 81.01 | d=bantuan modal bagi kelompok perempuan kepala keluarga (PEKKA), maks Rp 2 jt per orang {Rp 40.000.000} | p=pelatihan kewirausahaan perempuan {30}
blk g | UPTD BLK Masohi | 81.01 | t=instruktur mesin tempel dan motor bensin bersertifikat {1} | s=bengkel otomotif dengan 4 unit mesin tempel praktik, bisa dipinjam mitra di luar jadwal {1} | p=pelatihan perbaikan mesin tempel 160 JP {16}
dinas g | Pelabuhan Perikanan Nusantara Amahai | 81.01 | s=ruang pertemuan dan dermaga untuk praktik nelayan {1} | t=petugas syahbandar perikanan narasumber keselamatan melaut {1}
donor m | BAZNAS Kabupaten Maluku Tengah | 81.01 | d=zakat produktif berupa modal dan alat usaha bagi mustahik dan kelompok usaha mustahik {Rp 200.000.000}
donor s | Bank Maluku Malut Cabang Masohi | 81.01 | d=KUR mikro dan kredit usaha perempuan sampai Rp 50 jt {Rp 2 M}
donor s | CSR PT Migas Seram Utara | 81.01 | d=bantuan modal usaha bagi negeri ring 1 lapangan migas di Kecamatan Seram Utara (Bula tidak termasuk) {Rp 300.000.000} | t=teknisi mesin diperbantukan untuk pelatihan warga ring 1 {2}
donor s | TJSL PT Perikanan Samudera Banda | 81.01 | d=bantuan modal usaha bagi kelompok pala dan nelayan di Kecamatan Banda {Rp 150.000.000}
donor s | CSR Bank Maluku Malut | 81.71 | d=hibah modal kerja bagi UMKM perempuan binaan terpilih se-Provinsi Maluku, lewat seleksi {Rp 30.000.000}
donor s | Program Hibah Rempah Nusantara (seleksi nasional) | 31.74 | d=hibah modal usaha bagi kelompok pengolah rempah (pala, cengkih, kayu manis) seluruh Indonesia, proposal daring {Rp 40.000.000}
donor m | LAZ Maluku Peduli Umat | 81.01 | d=qardhul hasan bagi pedagang Pasar Binaya Masohi, maks Rp 3 jt per orang {Rp 50.000.000}
donor m | Yayasan Pala Lestari Banda | 81.01 | t=pendamping pengolahan daging buah pala {1} | d=modal bergulir khusus kelompok perempuan di Pulau Banda Neira dan Lonthoir {Rp 60.000.000}
dudi s | Pusat Oleh-oleh Khas Maluku Tengah Masohi | 81.01 | h=membeli putus manisan pala, sirup pala, kenari dan bagea dari produsen rumahan ber-PIRT {300:botol/bulan}
dudi s | Toko Oleh-oleh Pala Banda Jl. Abdullah Soulissa Masohi | 81.01 | h=titip jual manisan pala dan selai pala, bagi hasil 15 % {40:produk}
dudi s | Pedagang Pengumpul Pala dan Cengkih Amahai | 81.01 | h=membeli biji pala dan fuli kering dari petani, menjual daging buah pala segar ke pembuat manisan {2:ton/bulan}
dudi s | Toko Botol dan Kemasan Sumber Jaya Masohi | 81.01 | s=jual botol kaca, toples dan label, bisa kredit
dudi s | Hotel Nusa Ina Masohi | 81.01 | h=membeli sirup pala untuk minuman tamu {30:botol/bulan}
dudi s | Kafe Teluk Saleman | 81.01 | h=memakai sirup pala untuk minuman, ambil dari produsen lokal {20:botol/minggu}
dudi s | Swalayan Masohi Jaya | 81.01 | h=konsinyasi produk lokal berlabel halal dan barcode {30:produk}
dudi s | Bengkel Mesin Tempel Yamaha Amahai | 81.01 | t=mekanik mesin tempel berpengalaman 15 tahun bisa mengajar nelayan dengan honor {2} | p=magang mekanik mesin tempel {2} | s=jual suku cadang mesin tempel
dudi s | Dealer Mesin Tempel dan Ketinting Masohi Marine | 81.01 | t=mekanik resmi bersertifikat pabrikan memberi pelatihan perawatan ringan bagi kelompok nelayan pembeli {1} | s=jual mesin tempel 15-40 PK, bisa kredit
dudi s | Bengkel Motor dan Ketinting Tehoru | 81.01 | p=magang mekanik motor dan ketinting {2}
dudi s | Pengolah Ikan Asap Negeri Sepa | 81.01 | h=membeli ikan cakalang segar dari nelayan {500:kg/minggu}
dudi s | Dive Resort Saparua | 81.01 | p=magang dive guide {2}
smk m | SMK Negeri 1 Masohi (Teknik Mesin dan Nautika) | 81.01 | t=guru teknik mesin bisa mengajar mesin tempel di lembaga mitra, sore hari {1} | s=bengkel mesin sekolah bisa dipakai mitra hari Sabtu {1}
smk m | SMK Negeri 2 Masohi (Tata Boga) | 81.01 | s=dapur praktik bisa dipakai kelompok perempuan dengan jadwal {1} | p=siswa PKL tata boga yang mencari tempat prakerin {20}
lkp m | LPK Mesin Tempel Bahari Masohi | 81.01 | p=kursus perbaikan mesin tempel berbayar dan penempatan magang peserta di bengkel jaringan {12}
lkp m | LKP Tata Boga Nusa Ina | 81.01 | p=kursus kue dan olahan pala berbayar {15} | h=membeli manisan pala peserta untuk pesanan katering {50:botol/bulan}
pkbm m | PKBM Negeri Amahai | 81.01 | p=warga belajar yang mencari pelatihan keterampilan {20}
perguruan_tinggi m | Politeknik Perikanan Negeri Tual (PSDKU Masohi) | 81.01 | t=dosen teknik permesinan kapal bisa menjadi instruktur pelatihan nelayan {2} | s=bengkel mesin kapal kampus bisa dipakai praktik mitra {1}
perguruan_tinggi m | Universitas Pattimura (Fakultas Pertanian, KKN Malteng) | 81.71 | t=dosen teknologi hasil pertanian pendamping olahan pala {2} | p=pelatihan pengolahan daging buah pala di lokasi KKN Malteng {30}
ormas m | TP PKK Kabupaten Maluku Tengah | 81.01 | p=kader PKK {30} | h=bazar UMKM di Lapangan Nusantara Masohi tiap bulan {20:produk}
ormas m | Dekranasda Kabupaten Maluku Tengah | 81.01 | h=galeri produk unggulan dan kurasi untuk pameran Ambon dan Jakarta {30:produk}
ormas m | Saniri Negeri Amahai (Raja Negeri dan perangkat adat) | 81.01 | p=menggerakkan anak negeri untuk ikut pelatihan {40} | s=baileo negeri bisa dipakai untuk pelatihan {1}
ormas m | HNSI DPC Maluku Tengah | 81.01 | p=mengumpulkan nelayan peserta pelatihan {60} | t=nelayan senior {2}
tokoh_masyarakat m | Mama Ona Latuconsina (pembuat manisan pala senior) | 81.01 | t=mau mengajari cara membuat manisan pala kering dan basah {1}
tokoh_masyarakat m | Bapak Frans Tuhumury (pensiunan mekanik kapal) | 81.01 | t=mau mengajar perawatan mesin tempel dan mesin diesel kapal kecil untuk nelayan, tanpa honor {1}
koperasi m | Koperasi Nelayan Tuna Amahai | 81.01 | d=pinjaman khusus anggota nelayan {Rp 100.000.000} | s=bengkel kecil koperasi untuk anggota {1}
koperasi m | Koperasi Wanita Pala Banda Neira | 81.01 | h=membeli manisan pala anggota untuk dijual ke turis di Banda {100:botol/bulan}
bumdes m | BUMNeg Negeri Tamilouw | 81.01 | h=kios di jalan trans Seram menjual olahan warga {20:produk}
dudi s | Toko Oleh-oleh Manisan Pala Ibu Ros | 81.01 tidak | h=membeli manisan pala dari kelompok {200:botol/bulan}
blk g | BLK Komunitas Pesantren Al-Ikhlas Masohi | 81.01 tidak | t=instruktur mesin tempel {1} | p=pelatihan mesin tempel {16}
dudi s | Toko Kelontong Pak Udin | 81.01 x | h=bisa titip
ormas m | Kelompok Nelayan Negeri Sahulau | 81.01 x | t=ada
dudi s | Pusat Oleh-oleh Ambon Jl. AY Patty | 81.71 | h=membeli putus manisan pala, kenari dan bagea dari produsen Maluku Tengah dan Ambon {400:botol/bulan}
dudi s | Bengkel Mesin Tempel Tulehu | 81.71 | t=mekanik mesin tempel bisa datang ke Masohi untuk pelatihan 3 hari dengan biaya transport {2}
blk g | Balai Latihan Kerja Provinsi Maluku (Ambon) | 81.71 | t=instruktur mesin tempel dan mesin diesel kapal bersertifikat {2} | p=pelatihan mesin kapal 240 JP {16}
dudi s | Toko Oleh-oleh Piru | 81.06 | h=titip jual olahan khas Seram Bagian Barat {30:produk}
dudi s | Bengkel Mesin Bula | 81.05 | p=magang mesin diesel {2}
dudi s | Pabrik Mesin Perahu Makassar | 73.71 | t=teknisi pabrik memberi pelatihan mesin tempel ke daerah bagi dinas yang membeli mesin {2}
dudi s | Toko Daring Rempah Timur Jakarta | 31.74 | h=membeli manisan pala dan sirup pala dari Maluku Tengah tiap bulan, dikirim kargo {200:botol/bulan}
""",
    )
)


# ---------------------------------------------------------------------------------------------
# Mechanical part: parse the lines, then write the three shapes.
# ---------------------------------------------------------------------------------------------
def parse_block(block: str, prefix: str) -> list[dict]:
    partners = []
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        fields = [f.strip() for f in line.split(" | ")]
        kind, sec = fields[0].split()
        loc = fields[2].split()
        p = {
            "partner_id": f"{prefix}-{len(partners) + 1:03d}",
            "name": fields[1],
            "kind": kind,
            "sector": SECTORS[sec],
            "code": loc[0],
            "inactive": "tidak" in loc[1:],
            "sparse": "x" in loc[1:],
            "offers": {},
            "caps": {},
            "units": {},
        }
        for f in fields[3:]:
            tag, _, text = f.partition("=")
            if tag in TAGS:
                m = re.search(r"\s*\{([^}]*)\}$", text)
                if m:
                    cap, _, unit = m.group(1).partition(":")
                    p["caps"][TAGS[tag]] = cap
                    p["units"][TAGS[tag]] = unit
                    text = text[: m.start()]
                p["offers"][TAGS[tag]] = text
            elif tag in ("v", "k", "y"):
                p[tag] = text
            else:
                raise ValueError(f"{prefix}: unknown tag {tag!r} in {line!r}")
        assert p["code"] in REGIONS, (prefix, line)
        partners.append(p)
    return partners


def offset(rng: random.Random, lat: float, lon: float) -> tuple[float, float]:
    r = 12.0 * math.sqrt(rng.random())
    t = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(t) / 111.32
    dlon = r * math.sin(t) / (111.32 * math.cos(math.radians(lat)))
    return round(lat + dlat, 5), round(lon + dlon, 5)


def short_regency(name: str) -> str:
    if name.startswith("Kota Administrasi "):
        return name.removeprefix("Kota Administrasi ")
    return name.replace("Kabupaten ", "Kab. ")


def kapital_regency(rng: random.Random, code: str, name: str) -> str:
    variants = KAPITAL_VARIANTS.get(code, [])
    if variants and variants[0] == "!":
        return rng.choice(variants[1:])
    if name.startswith("Kota Administrasi "):
        standard = "KOTA ADM. " + name.removeprefix("Kota Administrasi ").upper()
    elif name.startswith("Kabupaten "):
        standard = "KAB. " + name.removeprefix("Kabupaten ").upper()
    else:
        standard = name.upper()
    if variants and rng.random() < 0.45:
        return rng.choice(variants)
    return standard


def rupiah_words(cap: str) -> str:
    if cap.isdigit():
        return "Rp " + f"{int(cap):,}".replace(",", ".")
    return cap


def build(base: str, prefix: str, block: str, rng: random.Random) -> list[dict]:
    rows = []
    for p in parse_block(block, prefix):
        code = p["code"]
        name, lat, lon = REGIONS[code]
        row = {c: "" for c in COLUMNS}
        row.update(partner_id=p["partner_id"], name=p["name"], sector=p["sector"], kind=p["kind"])
        plat, plon = offset(rng, lat, lon)
        missing_code = rng.random() < 0.10
        missing_point = rng.random() < 0.30
        if not p["sparse"]:
            row["province"] = PROVINCES[code[:2]]
            row["region_code"] = "" if missing_code else code
            if not missing_point:
                row["lat"], row["lon"] = f"{plat}", f"{plon}"
        row["regency"] = name
        for a in ASPECTS:
            row[f"offers_{a}"] = p["offers"].get(a, "")
            row[f"capacity_{a}"] = p["caps"].get(a, "")
        vision = p.get("v", rng.choice(VISIONS[p["kind"]]))
        seeks = p.get("k", rng.choice(SEEKS[p["kind"]]))
        if p["inactive"]:
            active = rng.choice(["tidak", "tidak", "Tidak", "TIDAK", "0"])
        else:
            active = rng.choice(["ya"] * 8 + ["Ya", "YA", "1", "true", ""])
        if "y" in p:
            years, done = p["y"].split("/")
        else:
            years, done = str(rng.randint(1, 30)), str(rng.randint(0, 15))
            if rng.random() < 0.12:
                years = ""
            if rng.random() < 0.12:
                done = ""
        if p["sparse"]:
            vision = seeks = years = done = ""
        row.update(
            vision=vision,
            seeks=seeks,
            active=active,
            years_active=years,
            partnerships_completed=done,
        )
        row["_units"] = p["units"]
        row["_code"] = code
        rows.append(row)
    return rows


def satu_kolom(rows: list[dict], header: str, rng: random.Random) -> tuple[list[str], list[list]]:
    head = [
        "No",
        "ID",
        "Nama Lembaga",
        "Sektor",
        "Jenis",
        "Provinsi",
        "Kabupaten/Kota",
        header,
        "Visi",
        "Mencari",
        "Aktif",
    ]
    out = []
    for i, row in enumerate(rows, 1):
        pieces = []
        for a in ASPECTS:
            text = row[f"offers_{a}"]
            if not text:
                continue
            cap = row[f"capacity_{a}"]
            if cap and a == "dana":
                text += f", senilai {rupiah_words(cap)}"
            elif cap:
                text += f" ({cap} {row['_units'].get(a) or UNITS[a]})"
            pieces.append(text)
        rng.shuffle(pieces)
        active = row["active"]
        aktif = {"tidak": "Tidak", "0": "Tidak", "": ""}.get(active.lower(), "Ya")
        out.append(
            [
                i,
                row["partner_id"],
                row["name"],
                row["sector"].capitalize(),
                KIND_LABELS[row["kind"]],
                row["province"],
                short_regency(row["regency"]),
                "; ".join(pieces),
                row["vision"],
                row["seeks"],
                aktif,
            ]
        )
    return head, out


def kapital(rows: list[dict], rng: random.Random) -> list[dict]:
    out = []
    for row in rows:
        new = {c: row[c] for c in COLUMNS}
        name = row["name"].upper()
        name = re.sub(r"^(PT|CV|UD)\s", r"\1. ", name)
        new["name"] = name
        if row["province"]:
            forms = KAPITAL_PROVINCES[row["_code"][:2]]
            new["province"] = forms[0] if rng.random() < 0.5 else rng.choice(forms)
        new["regency"] = kapital_regency(rng, row["_code"], row["regency"])
        new["region_code"] = new["lat"] = new["lon"] = ""
        new["active"] = row["active"].upper()
        out.append(new)
    return out


def write_csv(path: Path, header: list[str], rows: list[list]) -> None:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main() -> None:
    rng = random.Random(SEED)
    shapes = [["directory", "shape", "file"]]
    for base, prefix, header, block in DIRECTORIES:
        rows = build(base, prefix, block, rng)
        write_csv(HERE / f"{base}.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in rows])
        head, one = satu_kolom(rows, header, rng)
        write_csv(HERE / f"{base}_satu_kolom.csv", head, one)
        kap = kapital(rows, rng)
        write_csv(HERE / f"{base}_kapital.csv", COLUMNS, [[r[c] for c in COLUMNS] for r in kap])
        shapes += [
            [base, "per_aspek", f"{base}.csv"],
            [base, "satu_kolom", f"{base}_satu_kolom.csv"],
            [base, "kapital", f"{base}_kapital.csv"],
        ]
        print(f"{base}: {len(rows)} partners")
    write_csv(HERE / "shapes.csv", shapes[0], shapes[1:])


if __name__ == "__main__":
    main()
