"""Write the sixteenth held-out national evaluation directories of mitramatch, in three shapes each.

Everything written here is fictional: the institutions, the people, their offers, capacities,
visions and track records. Government offices, BAZNAS, Bank daerah and PKK teams carry the
standard nomenclature of such bodies (for example "Dinas Tenaga Kerja Kabupaten Aceh Tengah"); what
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

    python3 data/eval/national16/make_national16.py

The grades in judgements.csv were judged by reading the files this script writes; changing a
partner line or the seed invalidates them.
"""

from __future__ import annotations

import csv
import math
import random
import re
from pathlib import Path

SEED = 20_31_0916
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
# Kemendagri code: (name, lat, lon) of the regency's representative point (shared/data/wilayah).
REGIONS = {
    "11.04": ("Kabupaten Aceh Tengah", 4.51989, 96.88131),
    "11.17": ("Kabupaten Bener Meriah", 4.77005, 97.00412),
    "11.11": ("Kabupaten Bireuen", 5.09383, 96.60704),
    "11.13": ("Kabupaten Gayo Lues", 3.98269, 97.36009),
    "11.73": ("Kota Lhokseumawe", 5.16527, 97.1112),
    "11.71": ("Kota Banda Aceh", 5.5587, 95.32771),
    "12.71": ("Kota Medan", 3.62904, 98.6672),
    "15.01": ("Kabupaten Kerinci", -2.03232, 101.46532),
    "15.72": ("Kota Sungai Penuh", -2.11329, 101.33926),
    "15.02": ("Kabupaten Merangin", -2.19312, 102.06834),
    "15.08": ("Kabupaten Bungo", -1.59158, 101.92711),
    "15.71": ("Kota Jambi", -1.61818, 103.59979),
    "13.01": ("Kabupaten Pesisir Selatan", -1.73828, 100.87926),
    "13.71": ("Kota Padang", -0.89887, 100.43764),
    "51.08": ("Kabupaten Buleleng", -8.20095, 114.96091),
    "51.02": ("Kabupaten Tabanan", -8.43023, 115.07827),
    "51.06": ("Kabupaten Bangli", -8.29312, 115.34729),
    "51.01": ("Kabupaten Jembrana", -8.31312, 114.68289),
    "51.71": ("Kota Denpasar", -8.66836, 115.22082),
    "52.71": ("Kota Mataram", -8.59015, 116.11096),
    "72.01": ("Kabupaten Banggai", -1.01848, 122.58831),
    "72.07": ("Kabupaten Banggai Kepulauan", -1.3718, 123.14329),
    "72.11": ("Kabupaten Banggai Laut", -1.78012, 123.52947),
    "72.09": ("Kabupaten Tojo Una Una", -1.1241, 121.57246),
    "72.71": ("Kota Palu", -0.83693, 119.91197),
    "75.71": ("Kota Gorontalo", 0.53841, 123.0553),
    "31.74": ("Kota Administrasi Jakarta Selatan", -6.2726, 106.81004),
}

# Province names as the canonical shape writes them (provinsi.csv; DKI as lists write it).
PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "15": "Jambi",
    "31": "DKI Jakarta",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "72": "Sulawesi Tengah",
    "75": "Gorontalo",
}
# How official UPPER CASE lists write provinces: full name first, then the short forms people use.
KAPITAL_PROVINCES = {
    "11": ["ACEH", "PROV. ACEH", "NANGGROE ACEH DARUSSALAM", "NAD", "PROVINSI ACEH"],
    "12": ["SUMATERA UTARA", "SUMUT"],
    "13": ["SUMATERA BARAT", "SUMBAR"],
    "15": ["JAMBI", "PROV. JAMBI", "PROVINSI JAMBI"],
    "31": ["DKI JAKARTA", "DKI"],
    "51": ["BALI", "PROV. BALI", "PROVINSI BALI"],
    "52": ["NUSA TENGGARA BARAT", "NTB"],
    "72": ["SULAWESI TENGAH", "SULTENG", "PROV. SULTENG", "PROVINSI SULAWESI TENGAH"],
    "75": ["GORONTALO", "PROV. GORONTALO"],
}
# Older, shortened or misspelt regency names people still write (used by the kapital shape,
# alongside the standard KAB. X / KOTA X form). A leading "!" means: always use the variants.
KAPITAL_VARIANTS = {
    "11.04": [
        "!",
        "KAB. ACEH TENGAH",
        "ACEH TENGAH",
        "KAB. ACEH TENGAH (TAKENGON)",
        "TAKENGON",
        "KAB. ACEH TENGAH, TAKENGON",
    ],
    "11.17": ["BENER MERIAH", "KAB. BENER MERIAH (REDELONG)"],
    "11.11": ["BIREUEN", "KAB. BIREUN"],
    "11.13": ["GAYO LUES", "KAB. GAYO LUES (BLANGKEJEREN)"],
    "11.73": ["LHOKSEUMAWE", "KOTA LHOKSEUMAWE"],
    "11.71": ["BANDA ACEH", "KOTA BANDA ACEH"],
    "12.71": ["MEDAN", "KOTA MEDAN"],
    "15.01": ["!", "KAB. KERINCI", "KERINCI", "KAB. KERINCI (SIULAK)", "KABUPATEN KERINCI"],
    "15.72": [
        "!",
        "KOTA SUNGAI PENUH",
        "SUNGAI PENUH",
        "SUNGAIPENUH",
        "KOTA SUNGAI PENUH (KERINCI)",
    ],
    "15.02": ["MERANGIN", "KAB. MERANGIN (BANGKO)", "BANGKO"],
    "15.08": ["BUNGO", "KAB. MUARA BUNGO", "MUARA BUNGO"],
    "15.71": ["JAMBI", "KOTA JAMBI"],
    "13.01": ["PESISIR SELATAN", "KAB. PESSEL", "PESSEL (PAINAN)"],
    "13.71": ["PADANG", "KOTA PADANG"],
    "51.08": [
        "!",
        "KAB. BULELENG",
        "BULELENG",
        "SINGARAJA",
        "KAB. BULELENG (SINGARAJA)",
        "BULELENG - BALI",
    ],
    "51.02": ["TABANAN", "KAB. TABANAN"],
    "51.06": ["BANGLI", "KAB. BANGLI (KINTAMANI)"],
    "51.01": ["JEMBRANA", "KAB. JEMBRANA (NEGARA)", "NEGARA"],
    "51.71": ["DENPASAR", "KOTA DENPASAR", "KODYA DENPASAR"],
    "52.71": ["MATARAM", "KOTA MATARAM"],
    "72.01": ["!", "KAB. BANGGAI", "BANGGAI", "KAB. BANGGAI (LUWUK)", "LUWUK", "LUWUK BANGGAI"],
    "72.07": ["BANGGAI KEPULAUAN", "BANGKEP", "KAB. BANGKEP (SALAKAN)"],
    "72.11": ["BANGGAI LAUT", "BALUT"],
    "72.09": ["TOJO UNA-UNA", "TOUNA", "KAB. TOJO UNA-UNA (AMPANA)"],
    "72.71": ["PALU", "KOTA PALU"],
    "75.71": ["GORONTALO", "KOTA GORONTALO"],
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
# 1. Aceh: Kabupaten Aceh Tengah (11.04)
# ---------------------------------------------------------------------------------------------
DIRECTORIES.append(
    (
        "partners_aceh_tengah",
        "ATG",
        "Yang Bisa Kami Bantu",
        """
dinas g | Dinas Tenaga Kerja dan Transmigrasi Kabupaten Aceh Tengah | 11.04 | p=pelatihan berbasis kompetensi bagi pencaker: barista, menjahit, las {48} | h=bursa kerja dan AK/1; memfasilitasi penempatan ke perusahaan di Aceh dan Medan {150}
dinas g | Dinas Koperasi, UKM dan Perdagangan Kab. Aceh Tengah | 11.04 | p=pelatihan pengemasan dan pemasaran daring bagi UMKM; pendampingan NIB dan halal {40} | h=menghubungkan UMKM dengan pembeli dan mengikutkan produk pada pameran (hanya memfasilitasi, pembelian oleh pihak ketiga)
dinas g | Dinas Perindustrian Kabupaten Aceh Tengah (Bidang IKM) | 11.04 | t=instruktur desain motif kerawang Gayo {1} | s=bantuan mesin jahit dan mesin bordir bagi IKM kerawang terdaftar, melalui proposal {6} | h=galeri IKM di Gedung Olah Seni Takengon, titip jual produk kerawang dan kopi {50:produk}
dinas g | Dinas Pariwisata dan Kebudayaan Kabupaten Aceh Tengah | 11.04 | t=pemandu wisata dan narasumber sadar wisata {2} | h=stan UMKM pada Festival Danau Laut Tawar dan pacuan kuda tradisional Gayo {40:stan}
dinas g | Dinas Pertanian dan Perkebunan Kab. Aceh Tengah | 11.04 | t=penyuluh kopi arabika, budidaya dan pascapanen {3} | s=bantuan bibit kopi Gayo dan pulper bagi kelompok tani {20} | p=sekolah lapang pemangkasan dan pemupukan kebun kopi {60}
dinas g | Dinas Sosial Kabupaten Aceh Tengah | 11.04 | d=bantuan usaha ekonomi produktif bagi keluarga miskin DTKS, Rp 5 juta per KK {Rp 100.000.000} | p=pelatihan keterampilan bagi penyandang disabilitas {20}
dinas g | Dinas Pendidikan Kabupaten Aceh Tengah (Bidang PAUD dan PNF) | 11.04 | d=BOP kesetaraan untuk PKBM terakreditasi, sesuai jumlah warga belajar {Rp 120.000.000} | p=fasilitasi program PKW dan pendidikan kecakapan kerja dari pusat
blk g | UPTD BLK Aceh Tengah | 11.04 | t=instruktur barista dan tata boga bersertifikat {2} | s=ruang praktik barista dengan mesin espresso, bisa dipinjam lembaga di luar jadwal {1} | p=pelatihan barista dan pengolahan kopi 120 JP {16}
donor m | Baitul Mal Kabupaten Aceh Tengah | 11.04 | d=zakat produktif untuk modal usaha mustahik dan kelompok usaha mustahik di Aceh Tengah {Rp 300.000.000}
donor m | Baitul Mal Kampung Bebesen | 11.04 | d=bantuan modal kecil bagi fakir miskin Kampung Bebesen, paling banyak Rp 2 jt per orang {Rp 20.000.000}
donor s | Bank Aceh Syariah Cabang Takengon | 11.04 | d=pembiayaan mikro iB dan KUR syariah untuk usaha produktif, plafon hingga Rp 50.000.000 {Rp 3 M}
donor s | CSR PLTA Peusangan | 11.04 | d=bantuan modal dan peralatan usaha bagi kampung ring 1 Kecamatan Silih Nara dan Rusip Antara {Rp 250.000.000} | p=pelatihan listrik dasar bagi pemuda kampung lingkar bendungan {20}
donor s | Program Hibah Perajin Perempuan Nusantara (seleksi nasional) | 31.74 | d=hibah modal kerja bagi kelompok perajin tekstil dan sulaman perempuan dari seluruh Indonesia, proposal daring {Rp 25.000.000}
donor m | Yayasan Kopi Gayo Lestari | 11.04 | d=beasiswa pelatihan barista bagi pemuda kurang mampu, termasuk uang saku magang {Rp 60.000.000} | t=relawan Q-grader dan roaster yang mau mengajar di lembaga pendidikan nonformal dua kali sebulan {2}
dudi s | Kedai Kopi Seladang Takengon | 11.04 | p=menerima magang barista 1 bulan dari PKBM, LKP dan SMK {4} | h=rekrut barista paruh waktu {2}
dudi s | Gayo Mountain Roastery | 11.04 | t=roaster dan Q-grader bisa jadi tutor tamu {1} | p=magang roasting dan cupping bagi peserta pelatihan {3} | h=menjual biji sangrai ke kafe di Aceh dan Jakarta
dudi s | Kafe Danau Laut Tawar (Kecamatan Lut Tawar) | 11.04 | p=praktik kerja pelayan kafe dan barista untuk pemuda kampung sekitar danau {3} | h=rekrut barista musiman saat libur {2}
dudi s | Kedai Kopi Pante Menye | 11.04 tidak | p=magang barista dan latte art bagi warga belajar PKBM {4} | h=rekrut lulusan magang {2}
dudi s | PT Ekspor Kopi Arabika Gayo Mandiri | 11.04 | h=membeli green bean kopi arabika dari koperasi dan petani dengan standar ekspor {40:ton/bulan} | p=pelatihan sortasi biji kopi bagi buruh sortir perempuan {30}
dudi s | Koperasi Produsen Kopi Gayo Linge | 11.04 | h=membeli kopi gelondong dan gabah khusus dari anggota {20:ton/bulan} | p=pelatihan budidaya organik untuk anggota
dudi s | Toko Mesin Kopi dan Alat Seduh Takengon | 11.04 | s=jual mesin espresso, grinder dan alat manual brew, bisa cicil | t=teknisi servis mesin kopi {1}
dudi s | Toko Benang dan Kain Kerawang Bebesen | 11.04 | s=memasok kain, benang sulam dan benang emas untuk perajin kerawang, harga grosir
dudi s | Galeri Kerawang Gayo Pasar Inpres | 11.04 | h=membeli putus tas, peci dan selendang kerawang dari perajin rumahan {100:buah/bulan}
dudi s | Butik Mukena dan Busana Kerawang Takengon | 11.04 | h=memesan bordir kerawang pada baju koko dan mukena, upah per potong {60:potong/bulan}
dudi s | Konveksi Bordir Komputer Gayo Jaya | 11.04 | h=terima pesanan bordir mesin logo kantor, sekolah dan seragam | s=sewa mesin bordir komputer per jam
dudi s | Toko Oleh-oleh Kopi dan Kerawang Bandara Rembele | 11.17 | h=titip jual oleh-oleh Gayo: kopi bubuk, tas kerawang, dompet kerawang {40:produk}
dudi s | Hotel Renggali Tepi Danau | 11.04 | p=PKL siswa perhotelan dan F&B {4} | h=souvenir kerawang untuk tamu, pesan 30 buah per tahun
dudi s | Gayo Craft Online Store | 11.04 | h=reseller produk kerawang dan kopi Gayo di marketplace, bagi hasil 20 % {60:produk}
dudi s | Toko Kopi Spesialti Kemang (jaringan kafe nasional) | 31.74 | p=magang barista 2 bulan di Jakarta untuk pemuda dari daerah penghasil kopi, termasuk mess {4} | h=rekrut barista alumni magang {3}
smk m | SMK Negeri 1 Takengon (Agribisnis Pengolahan Hasil Pertanian) | 11.04 | s=laboratorium pengolahan kopi dan mesin sangrai bisa dipakai kelompok masyarakat hari Sabtu {1} | p=siswa PKL yang mencari tempat prakerin di kafe dan roastery {30}
smk m | SMK Negeri 3 Takengon (Tata Busana) | 11.04 | t=guru tata busana untuk kelas menjahit {2} | s=ruang jahit dan mesin obras bisa dipakai kelompok di luar jam sekolah {1}
lkp m | LKP Barista Gayo Academy | 11.04 | p=kursus barista dan roasting berbayar, magang peserta di kafe jaringan alumni kami {20} | h=penyaluran alumni ke kafe di Banda Aceh dan Jakarta {10}
lkp m | LKP Menjahit dan Bordir Inen Mayak | 11.04 | p=kursus menjahit dan bordir kerawang {15} | t=instruktur bordir kerawang {1}
perguruan_tinggi m | Universitas Gajah Putih (Fakultas Pertanian) | 11.04 | t=dosen pascapanen kopi dan uji cita rasa {2} | p=pelatihan cupping dan pengolahan kopi spesialti bagi kelompok binaan {25}
perguruan_tinggi m | Institut Agama Islam Negeri Takengon (Prodi Ekonomi Syariah) | 11.04 | p=pendampingan manajemen usaha dan pembukuan bagi kelompok perempuan {20} | t=mahasiswa KKN pendamping pemasaran digital {6}
ormas m | TP PKK Kabupaten Aceh Tengah | 11.04 | p=kader PKK penggerak {40} | h=bazar UMKM PKK setiap Jumat di halaman Pendopo Bupati {25:produk}
ormas m | Dekranasda Kabupaten Aceh Tengah | 11.04 | h=kurasi dan pemasaran kerawang Gayo di gerai Dekranasda serta pameran Inacraft dan PKA {80:produk} | p=pelatihan desain motif kerawang kontemporer {20}
ormas m | Majelis Adat Gayo Kabupaten Aceh Tengah | 11.04 | h=memesan upuh ulen-ulen dan pakaian adat kerawang untuk acara adat, sekitar 20 setel per tahun | t=narasumber filosofi motif kerawang {1}
ormas m | Asosiasi Barista dan Roaster Gayo | 11.04 | t=anggota barista bersertifikat BNSP siap menjadi instruktur tamu {4} | p=mencarikan tempat magang barista di kafe anggota {15}
tokoh_masyarakat m | Inen Salamah (penyulam kerawang senior, Kampung Kemili) | 11.04 | t=mau mengajar teknik sulam kerawang kepada ibu-ibu muda {1}
tokoh_masyarakat m | Reje Kampung Mendale | 11.04 | p=menggerakkan pemuda kampung untuk ikut pelatihan dan menyediakan balai kampung {1}
tokoh_masyarakat m | Tgk. H. Ilyas (pimpinan Dayah Darul Ihsan Bies) | 11.04 | p=santri dayah siap mengikuti pelatihan keterampilan kopi {30}
pusat_karya m | Sanggar Kerawang Gayo Kemili | 11.04 | p=magang menyulam kerawang di sanggar {6} | h=menampung pesanan kerawang yang besar dan membagi ke perajin kampung {200:buah/bulan}
koperasi m | Koperasi Wanita Kerawang Bebesen | 11.04 tidak | h=membeli dan memasarkan produk kerawang anggota ke Banda Aceh dan Medan {100:buah/bulan} | d=simpan pinjam anggota
koperasi m | Koperasi Simpan Pinjam Gayo Mandiri | 11.04 | d=pinjaman modal angsuran mingguan bagi anggota {Rp 150.000.000}
bumdes m | BUMKam Bale Atu Lut Tawar | 11.04 | s=balai kampung untuk pelatihan dan pameran | h=kios BUMKam di dermaga Danau Laut Tawar menjual produk warga {20:produk}
bumdes m | BUMKam Jagong Jeget (eks transmigrasi) | 11.04 x | h=kios sayur
dudi s | Kafe Kopi Seuramoe Bireuen | 11.11 | p=magang barista bagi peserta dari Bireuen dan sekitarnya {2}
dinas g | Dinas Koperasi dan UKM Provinsi Aceh | 11.71 | d=pinjaman dana bergulir UMKM se-Aceh, jasa 3 % per tahun {Rp 1 M} | p=pelatihan ekspor dan kurasi produk unggulan {30}
ormas m | Dekranasda Provinsi Aceh | 11.71 | h=gerai kerajinan Aceh di Banda Aceh membeli kerawang Gayo, sulaman kasab dan songket Aceh {60:produk}
dudi s | Toko Suvenir Pasar Atjeh Banda Aceh | 11.71 x | h=suvenir Aceh
dudi s | Butik Tenun dan Bordir Medan | 12.71 | h=membeli songket Batak dan bordir Medan dari perajin Sumatera Utara {50:potong/bulan}
lkp m | LKP Barista Redelong | 11.17 | t=instruktur barista bersertifikat yang mau mengajar di luar lembaga, honor per sesi {1} | p=kursus barista {15}
koperasi m | Koperasi Kopi Bener Meriah Sejahtera | 11.17 | p=magang pengolahan pascapanen dan uji cita rasa di gudang koperasi {5} | h=rekrut tenaga sortir dan cupper {3}
dudi s | Hotel Lhokseumawe Indah | 11.73 | p=PKL siswa F&B dan barista {3}
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
